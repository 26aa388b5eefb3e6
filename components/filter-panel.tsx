'use client'
import { useId, useState, type ReactNode } from 'react'
import { useTranslations } from 'next-intl'

/**
 * A list's filters: always shown from 992 px; on smaller screens behind a "Filtri" button that says how many are
 * active, so that the results come first instead of a screenful of filters.
 */
export function FilterPanel({ active, children }: { active: number; children: ReactNode }) {
  const t = useTranslations('common')
  const [open, setOpen] = useState(false)
  const id = useId()
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="mt-4 flex items-center gap-2 rounded-md border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 nav:hidden"
        data-testid="filters-toggle"
      >
        <svg viewBox="0 0 24 24" className="h-5 w-5" aria-hidden="true">
          <path d="M3 5h18l-7 8v6l-4 2v-8z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
        </svg>
        {t('filtersButton', { count: active })}
      </button>
      <div id={id} className={`${open ? 'block' : 'hidden'} nav:block`}>
        {children}
      </div>
    </div>
  )
}
