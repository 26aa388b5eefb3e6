'use client'
import { useEffect, useId, useRef, useState, useTransition } from 'react'
import { useTranslations } from 'next-intl'
import { previewAction } from '@/server/forum/actions'

/** A Markdown textarea with a server-rendered preview (the same sanitising renderer as published posts). */
export function MarkdownEditor({
  name,
  label,
  error,
  defaultValue,
  id,
  rows = 8,
  live = false,
}: {
  name: string
  label: string
  error?: string
  defaultValue?: string
  id?: string
  rows?: number
  live?: boolean
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
    previewAction(fd).then(
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
  const onInput = live
    ? (e: React.FormEvent<HTMLTextAreaElement>) => {
        const text = e.currentTarget.value
        if (timer.current) clearTimeout(timer.current)
        timer.current = setTimeout(() => render(text), 500)
      }
    : undefined
  const showPreview = () => {
    const el = document.getElementById(fieldId) as HTMLTextAreaElement | null
    const fd = new FormData()
    fd.set('body', el?.value ?? '')
    start(async () => {
      const r = await previewAction(fd)
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
        className={`mt-1 block w-full rounded-md border px-3 py-2 font-mono text-sm ${error ? 'border-red-700' : 'border-gray-500'}`}
      />
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
