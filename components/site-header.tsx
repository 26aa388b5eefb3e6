import { Suspense } from 'react'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { AccountMenu } from '@/components/account-menu'
import { LocaleSwitcher } from '@/components/locale-switcher'

/** Sections appear here as they start working (no "coming soon" entries). */
const SECTIONS = [
  { href: '/' as const, key: 'home' as const },
  { href: '/network' as const, key: 'network' as const },
  { href: '/case-studies' as const, key: 'caseStudies' as const },
  { href: '/practices' as const, key: 'practices' as const },
  { href: '/forum' as const, key: 'forum' as const },
  { href: '/events' as const, key: 'events' as const },
  { href: '/glossary' as const, key: 'glossary' as const },
  { href: '/search' as const, key: 'search' as const },
]

export async function SiteHeader() {
  const t = await getTranslations('nav')
  const m = await getTranslations('meta')
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-800 no-underline">
          {m('siteName')}
          <span className="sr-only"> — {m('tagline')}</span>
        </Link>
        <nav aria-label={t('primary')} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-4">
            {SECTIONS.map((s) => (
              <li key={s.key}>
                <Link href={s.href}>{t(s.key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-4">
          <AccountMenu />
          <Suspense fallback={null}>
            <LocaleSwitcher />
          </Suspense>
        </div>
      </div>
    </header>
  )
}
