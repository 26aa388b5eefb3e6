'use client'
import { useEffect, useId, useRef, useState, useTransition } from 'react'
import { useTranslations } from 'next-intl'
import type { ActionResult } from '@/lib/form'

/** The preview and the @-suggestions are reads: routes, not server actions (they answer whatever page is open). */
const previewOf = (fd: FormData) =>
  fetch('/api/forum/preview', { method: 'POST', body: fd }).then((r) => r.json() as Promise<ActionResult<{ html: string }>>)
const suggestionsFor = (q: string) =>
  fetch(`/api/members/suggest?q=${encodeURIComponent(q)}`).then((r) => r.json() as Promise<ActionResult<{ members: Suggestion[] }>>)

type Suggestion = { handle: string; name: string }
/** "@" and the start of a handle right before the caret (not in an e-mail address). */
const TYPED_MENTION = /(?:^|[^\p{L}\p{N}_@.])@([\p{L}\p{N}._-]{1,30})$/u

/** A Markdown textarea with a server-rendered preview (the same sanitising renderer as published posts). */
export function MarkdownEditor({
  name,
  label,
  error,
  defaultValue,
  id,
  rows = 8,
  live = false,
  mentions = false,
}: {
  name: string
  label: string
  error?: string
  defaultValue?: string
  id?: string
  rows?: number
  live?: boolean
  /** Offer members as "@" is typed (forum posts): an accessible list, chosen by keyboard or touch. */
  mentions?: boolean
}) {
  const t = useTranslations('forum')
  const auto = useId()
  const fieldId = id ?? `md-${auto}`
  const [mode, setMode] = useState<'write' | 'preview'>('write')
  const [html, setHtml] = useState('')
  const [pending, start] = useTransition()
  // Live preview (beside the text as it is typed): rendered by the server half a second after typing stops.
  const [liveHtml, setLiveHtml] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const render = (text: string) => {
    const fd = new FormData()
    fd.set('body', text)
    previewOf(fd).then(
      (r) => setLiveHtml(r.ok ? r.data.html : ''),
      () => {},
    )
  }
  useEffect(() => {
    if (live && defaultValue) render(defaultValue)
    return () => {
      if (timer.current) clearTimeout(timer.current)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  // Mentions: the members matching what follows "@", as a listbox the textarea points into (aria-activedescendant).
  const [suggest, setSuggest] = useState<{ items: Suggestion[]; active: number; start: number } | null>(null)
  const asked = useRef(0)
  const listId = `${fieldId}-mentions`
  const lookUp = (el: HTMLTextAreaElement) => {
    const caret = el.selectionStart
    const m = TYPED_MENTION.exec(el.value.slice(0, caret))
    const ask = ++asked.current
    // No mention being typed: close the list, and let no answer still on its way open it again.
    if (!m) return setSuggest(null)
    suggestionsFor(m[1]!).then(
      (r) => {
        if (ask !== asked.current) return // a later keystroke asked since
        const items = r.ok ? r.data.members : []
        setSuggest(items.length ? { items, active: 0, start: caret - m[1]!.length - 1 } : null)
      },
      () => setSuggest(null),
    )
  }
  const choose = (el: HTMLTextAreaElement, s: Suggestion) => {
    if (!suggest) return
    el.setRangeText(`@${s.handle} `, suggest.start, el.selectionStart, 'end')
    el.focus()
    setSuggest(null)
  }
  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (!suggest) return
    const n = suggest.items.length
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setSuggest({ ...suggest, active: (suggest.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n })
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault()
      choose(e.currentTarget, suggest.items[suggest.active]!)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      setSuggest(null)
    }
  }
  const onInput = (e: React.FormEvent<HTMLTextAreaElement>) => {
    const el = e.currentTarget
    if (mentions) lookUp(el)
    if (!live) return
    const text = el.value
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => render(text), 500)
  }
  const showPreview = () => {
    const el = document.getElementById(fieldId) as HTMLTextAreaElement | null
    const fd = new FormData()
    fd.set('body', el?.value ?? '')
    start(async () => {
      const r = await previewOf(fd)
      setHtml(r.ok ? r.data.html : '')
      setMode('preview')
    })
  }
  return (
    <div className="mb-4">
      <div className="flex items-end justify-between gap-2">
        <label htmlFor={fieldId} className="block font-medium">
          {label}
        </label>
        <div className="flex gap-1 text-sm" role="group" aria-label={`${t('write')} / ${t('preview')}`}>
          <button
            type="button"
            aria-pressed={mode === 'write'}
            onClick={() => setMode('write')}
            className={`rounded px-2 py-1 ${mode === 'write' ? 'bg-gray-200 font-semibold' : 'underline'}`}
          >
            {t('write')}
          </button>
          <button
            type="button"
            aria-pressed={mode === 'preview'}
            onClick={showPreview}
            disabled={pending}
            className={`rounded px-2 py-1 ${mode === 'preview' ? 'bg-gray-200 font-semibold' : 'underline'}`}
          >
            {t('preview')}
          </button>
        </div>
      </div>
      <p id={`${fieldId}-hint`} className="text-sm text-muted">
        {t('bodyHint')}
      </p>
      {/* The textarea stays in the form while previewing, so nothing typed is lost. */}
      <textarea
        id={fieldId}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        hidden={mode === 'preview'}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${fieldId}-hint${error ? ` ${fieldId}-error` : ''}`}
        onInput={onInput}
        {...(mentions
          ? {
              'aria-autocomplete': 'list' as const,
              'aria-controls': listId,
              'aria-activedescendant': suggest ? `${listId}-${suggest.active}` : undefined,
              onKeyDown,
              onBlur: () => setSuggest(null),
            }
          : {})}
        className={`mt-1 block w-full rounded-md border px-3 py-2 font-mono text-sm ${error ? 'border-red-700' : 'border-gray-500'}`}
      />
      {mentions && (
        <>
          {/* Over the page, not in its flow: opening or closing the list never moves the buttons below it. */}
          <div className="relative">
            <ul
              id={listId}
              role="listbox"
              aria-label={t('mentionList')}
              hidden={!suggest || mode !== 'write'}
              className="absolute top-1 left-0 z-20 w-full max-w-sm divide-y divide-line rounded-md border border-gray-500 bg-white shadow"
            >
              {suggest?.items.map((s, i) => (
                <li
                  key={s.handle}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === suggest.active}
                  // Touch and mouse: choose without taking the focus from the text.
                  onMouseDown={(e) => {
                    e.preventDefault()
                    const el = document.getElementById(fieldId) as HTMLTextAreaElement | null
                    if (el) choose(el, s)
                  }}
                  className={`cursor-pointer px-3 py-2 ${i === suggest.active ? 'bg-brand-100' : ''}`}
                >
                  <span className="font-medium">{s.name}</span> <span className="text-sm text-muted">@{s.handle}</span>
                </li>
              ))}
            </ul>
          </div>
          <p role="status" className="sr-only">
            {suggest ? t('mentionCount', { count: suggest.items.length }) : ''}
          </p>
        </>
      )}
      {live && mode === 'write' && (
        <section aria-label={t('livePreview')} className="mt-2 rounded-md border border-dashed border-gray-400 px-3 py-2">
          <p className="text-xs font-semibold tracking-wide text-muted uppercase">{t('livePreview')}</p>
          <div className="prose-cartesio prose" data-testid="md-live-preview" dangerouslySetInnerHTML={{ __html: liveHtml }} />
        </section>
      )}
      {mode === 'preview' && (
        <div
          className="prose-cartesio prose mt-1 min-h-24 rounded-md border border-dashed border-gray-400 px-3 py-2"
          data-testid="md-preview"
          aria-live="polite"
        >
          {html ? <div dangerouslySetInnerHTML={{ __html: html }} /> : <p className="text-muted">{t('previewEmpty')}</p>}
        </div>
      )}
      {error && (
        <p id={`${fieldId}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  )
}
