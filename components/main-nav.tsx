'use client'
import { useTranslations } from 'next-intl'
import { Link, usePathname } from '@/i18n/navigation'
import { SECTIONS, currentSection } from '@/lib/sections'

/** The navigation bar (≥ 992 px) and the list inside the mobile menu: the current section is marked. */
export function MainNav({ variant }: { variant: 'bar' | 'menu' }) {
  const t = useTranslations('nav')
  const current = currentSection(usePathname())
  const bar = variant === 'bar'
  return (
    <ul className={bar ? 'flex gap-1' : 'space-y-1'}>
      {SECTIONS.map((s) => {
        const here = s.href === current
        return (
          <li key={s.key}>
            <Link
              href={s.href}
              aria-current={here ? 'page' : undefined}
              className={
                bar
                  ? `block border-b-4 px-3 py-3 font-semibold whitespace-nowrap no-underline hover:border-white/60 ${here ? 'border-accent' : 'border-transparent'}`
                  : `block rounded-md border-l-4 px-3 py-2 text-lg font-semibold no-underline ${here ? 'border-brand-700 bg-brand-50 text-brand-900' : 'border-transparent text-ink hover:bg-surface'}`
              }
            >
              {t(s.key)}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
