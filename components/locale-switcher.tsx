'use client'
import type { ComponentProps } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { useParams, useSearchParams } from 'next/navigation'
import { Link, usePathname } from '@/i18n/navigation'

/** Links to the same page in the other language (localised path, same parameters and query). */
export function LocaleSwitcher() {
  const t = useTranslations('nav')
  const locale = useLocale()
  const other = locale === 'it' ? 'en' : 'it'
  const pathname = usePathname()
  const params = useParams()
  const search = useSearchParams()
  const query = Object.fromEntries(search.entries())
  // The current route with its own params: typed routes cannot know them statically.
  const href = { pathname, params, query } as unknown as ComponentProps<typeof Link>['href']
  return (
    <Link
      href={href}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={t('switchToLabel')}
      className="rounded border border-white/60 px-2 py-0.5 font-semibold no-underline hover:bg-white/10"
    >
      {t('switchTo')}
    </Link>
  )
}
