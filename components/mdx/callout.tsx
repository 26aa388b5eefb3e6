import type { ReactNode } from 'react'

const STYLES = {
  note: { box: 'border-blue-700 bg-blue-50', label: { it: 'Nota', en: 'Note' } },
  tip: { box: 'border-brand-600 bg-brand-50', label: { it: 'Suggerimento', en: 'Tip' } },
  warning: { box: 'border-amber-600 bg-amber-50', label: { it: 'Attenzione', en: 'Caution' } },
} as const

/** <Callout kind="note|tip|warning">…</Callout> */
export function Callout({ kind = 'note', locale, children }: { kind?: keyof typeof STYLES; locale: 'it' | 'en'; children: ReactNode }) {
  const s = STYLES[kind] ?? STYLES.note
  return (
    <aside className={`my-6 rounded-md border-l-4 px-4 py-3 ${s.box}`} aria-label={s.label[locale]}>
      <p className="mb-1 text-sm font-semibold tracking-wide uppercase">{s.label[locale]}</p>
      <div className="[&>p]:my-1">{children}</div>
    </aside>
  )
}
