'use client'

import { useEffect, useId, useRef, useState } from 'react'
import { useLocale, useTranslations } from 'next-intl'

type Suggestion = { type: string; title: string; href: string }

/**
 * The search box's input with suggestions as you type (WAI-ARIA combobox with a listbox popup): arrows move
 * through the suggestions, Enter opens the chosen one (or searches what is typed), Escape closes the list. Without
 * JavaScript it is the plain input of a GET form. The suggestions come from a public route, so the page stays cached.
 */
export function SearchCombobox({ id, placeholder, className }: { id: string; placeholder: string; className: string }) {
  const t = useTranslations('nav')
  const locale = useLocale()
  const listId = useId()
  const [q, setQ] = useState('')
  const [items, setItems] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [announce, setAnnounce] = useState('')
  const seq = useRef(0)

  useEffect(() => {
    const query = q.trim()
    if (query.length < 2) return
    const n = ++seq.current
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/search/suggest?${new URLSearchParams({ q: query, locale })}`)
        const body = (await res.json()) as { ok: boolean; data?: { suggestions: Suggestion[] } }
        if (n !== seq.current) return
        const list = body.ok ? (body.data?.suggestions ?? []) : []
        setItems(list)
        setActive(-1)
        setOpen(list.length > 0)
        setAnnounce(t('suggestionsCount', { count: list.length }))
      } catch {
        // Suggestions are a help: without them the form still searches.
      }
    }, 150)
    return () => clearTimeout(timer)
  }, [q, locale, t])

  const optionId = (i: number) => `${listId}-o${i}`
  return (
    <div className="relative w-full min-w-0">
      <input
        id={id}
        name="q"
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={q}
        onChange={(e) => {
          setQ(e.target.value)
          if (e.target.value.trim().length < 2) {
            seq.current++
            setItems([])
            setOpen(false)
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => items.length && setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && items.length) {
            e.preventDefault()
            setOpen(true)
            setActive((a) => (a + 1) % items.length)
          } else if (e.key === 'ArrowUp' && items.length) {
            e.preventDefault()
            setOpen(true)
            setActive((a) => (a <= 0 ? items.length - 1 : a - 1))
          } else if (e.key === 'Escape') {
            if (open) e.preventDefault()
            setOpen(false)
            setActive(-1)
          } else if (e.key === 'Enter' && open && active >= 0 && items[active]) {
            e.preventDefault()
            window.location.assign(items[active].href)
          }
        }}
        className={className}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('suggestions')}
        hidden={!open}
        className="absolute top-full right-0 left-0 z-50 mt-1 max-h-80 overflow-auto rounded-md border border-gray-400 bg-white text-ink shadow-lg"
      >
        {items.map((s, i) => (
          <li
            key={s.href}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => window.location.assign(s.href)}
            className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-brand-100' : ''}`}
          >
            <span className="block font-medium">{s.title}</span>
            <span className="block text-xs text-muted">{t(`suggestionTypes.${s.type}` as 'suggestionTypes.practice')}</span>
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
    </div>
  )
}
