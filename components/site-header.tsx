import { Suspense } from 'react'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { AccountMenu, AccountMenuLinks } from '@/components/account-menu'
import { LocaleSwitcher } from '@/components/locale-switcher'
import { LogoMark } from '@/components/logo'
import { MainNav } from '@/components/main-nav'
import { MobileMenu } from '@/components/mobile-menu'
import { SearchBox } from '@/components/search-box'

/**
 * The header in the Designers Italia pattern: a slim bar naming the network (language, account), the main header
 * (logo, search) and the navigation bar; below 992 px a menu button opens the navigation in a dialog.
 * Nothing here reads the session on the server: public pages stay cacheable.
 */
export async function SiteHeader() {
  const t = await getTranslations('nav')
  const m = await getTranslations('meta')
  return (
    <header className="on-dark bg-brand-800 text-white">
      <div className="bg-brand-900 text-sm">
        <div className="mx-auto flex max-w-page items-center justify-between gap-3 px-4 py-1">
          <Link href="/network" className="min-w-0 truncate py-0.5 leading-5 font-semibold no-underline hover:underline">
            {m('networkName')}
          </Link>
          <div className="flex min-w-0 shrink-0 items-center gap-3">
            <Suspense fallback={null}>
              <LocaleSwitcher />
            </Suspense>
            <AccountMenu />
          </div>
        </div>
      </div>
      <div className="mx-auto flex max-w-page items-center gap-3 px-4 py-3 nav:py-4">
        <MobileMenu>
          <SearchBox id="menu-search" tone="light" />
          <nav aria-label={t('primary')}>
            <MainNav variant="menu" />
          </nav>
          <AccountMenuLinks />
        </MobileMenu>
        <Link href="/" className="flex min-w-0 items-center gap-3 no-underline">
          <LogoMark className="h-10 w-10 shrink-0 nav:h-12 nav:w-12" />
          <span className="min-w-0">
            <span className="block text-2xl leading-tight font-bold tracking-tight nav:text-3xl">{m('siteName')}</span>
            <span className="hidden text-sm leading-tight text-brand-100 sm:block">{m('tagline')}</span>
          </span>
        </Link>
        <SearchBox id="header-search" className="ml-auto hidden w-80 md:flex" />
        <Link href="/search" className="ml-auto rounded-md p-1.5 md:hidden" aria-label={t('search')}>
          <svg viewBox="0 0 24 24" className="h-6 w-6" aria-hidden="true">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
            <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
          </svg>
        </Link>
      </div>
      <nav aria-label={t('primary')} className="hidden border-t border-white/15 nav:block">
        <div className="mx-auto max-w-page px-4">
          <MainNav variant="bar" />
        </div>
      </nav>
    </header>
  )
}
