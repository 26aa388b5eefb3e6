import { getLocale, getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { LogoMark } from '@/components/logo'
import site from '@/content/site.json'

/** The institutional footer: who the network is, contacts, partners, feeds and the legal pages (content/site.json). */
export async function SiteFooter() {
  const t = await getTranslations('footer')
  const nav = await getTranslations('nav')
  const locale = (await getLocale()) as 'it' | 'en'
  const heading = 'mb-2 text-sm font-bold tracking-wide uppercase text-brand-100'
  return (
    <footer className="on-dark mt-16 bg-brand-900 text-white">
      <div className="mx-auto grid max-w-page gap-8 px-4 py-10 sm:px-6 md:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-3 lg:col-span-2">
          <p className="flex items-center gap-3 text-xl font-bold">
            <LogoMark className="h-10 w-10 shrink-0" />
            {site.name[locale]}
          </p>
          <p className="max-w-prose text-brand-100">{site.description[locale]}</p>
          <h2 className={heading}>{t('contacts')}</h2>
          <ul className="space-y-1">
            <li>
              {t('website')}: <a href={site.contacts.website.url}>{site.contacts.website.label}</a>
            </li>
            {site.contacts.email && (
              <li>
                {t('email')}: <a href={`mailto:${site.contacts.email}`}>{site.contacts.email}</a>
              </li>
            )}
          </ul>
        </div>
        <div>
          <h2 className={heading}>{site.partnersTitle[locale]}</h2>
          <ul className="space-y-1">
            {site.partners.map((p) => (
              <li key={p.url}>
                <a href={p.url}>{p.name}</a>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-brand-100">{site.partnersSource[locale]}</p>
        </div>
        <div className="space-y-6">
          <nav aria-label={t('follow')}>
            <h2 className={heading}>{t('follow')}</h2>
            <ul className="space-y-1">
              <li>
                <Link href="/events">{t('calendar')}</Link>
              </li>
              <li>
                <a href="/feeds/events/all.ics">{t('calendarFeed')}</a>
              </li>
              <li>
                <a href={locale === 'it' ? '/feeds/casi-studio.xml' : '/feeds/case-studies.xml'}>{t('caseStudiesFeed')}</a>
              </li>
              <li>
                <Link href="/search">{nav('search')}</Link>
              </li>
            </ul>
          </nav>
          <nav aria-label={t('legal')}>
            <h2 className={heading}>{t('legal')}</h2>
            <ul className="space-y-1">
              <li>
                <Link href="/privacy">{t('privacy')}</Link>
              </li>
              <li>
                <Link href="/terms">{t('terms')}</Link>
              </li>
              <li>
                <Link href="/guidelines">{t('guidelines')}</Link>
              </li>
              <li>
                <Link href="/accessibility">{t('accessibility')}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </div>
      <div className="border-t border-white/15">
        <div className="mx-auto max-w-page space-y-1 px-4 py-4 text-sm text-brand-100 sm:px-6">
          <p>{t('demoNotice')}</p>
          <p>{t('timezone')}</p>
        </div>
      </div>
    </footer>
  )
}
