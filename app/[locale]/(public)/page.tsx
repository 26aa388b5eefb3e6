import type { ReactNode } from 'react'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { Link } from '@/i18n/navigation'
import { ItalyMap } from '@/components/italy-map'
import { regionName } from '@/lib/territory'
import { homeOverview } from '@/server/home/queries'
import { WebcalLink } from '@/components/feed-links'
import { isBuildPhase } from '@/server/cache'

// Served from the page cache (issue 15): every write to meetings, practices, discussions or the register expires it
// (server/cache.ts), and so do five minutes (what is "upcoming" changes with the clock).
export const revalidate = 300

const TIME = { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const

/** The home: what the network is, how to take part, and the network alive — meetings, practices, discussions, map. */
export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  // The locale comes from the route, not the request: the page renders once for everyone.
  setRequestLocale(locale)
  if (isBuildPhase()) return null
  const [t, format, home] = await Promise.all([getTranslations('home'), getFormatter(), homeOverview()])
  const en = locale === 'en'
  const f = home.figures
  const figures: { value: number; label: string; href: Parameters<typeof Link>[0]['href'] }[] = [
    { value: f.organisations, label: t('figures.organisations', { count: f.organisations }), href: '/network/members' },
    { value: f.regions, label: t('figures.regions', { count: f.regions }), href: '/network' },
    { value: f.districts, label: t('figures.districts', { count: f.districts }), href: '/network' },
    { value: f.caseStudies, label: t('figures.caseStudies', { count: f.caseStudies }), href: '/case-studies' },
    { value: f.practices, label: t('figures.practices', { count: f.practices }), href: '/practices' },
  ]
  return (
    <div className="space-y-14">
      <section aria-labelledby="home-title" className="-mx-4 -mt-8 bg-brand-50 px-4 py-10 sm:-mx-6 sm:px-6 lg:py-14">
        <div className="max-w-3xl">
          <h1 id="home-title" className="text-3xl font-bold text-brand-900 sm:text-5xl">
            {t('title')}
          </h1>
          <p className="mt-4 text-lg sm:text-xl">{t('lead')}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link
              href="/network/join"
              className="rounded-md bg-brand-700 px-5 py-3 text-lg font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
            >
              {t('joinAction')}
            </Link>
            <Link
              href="/case-studies"
              className="rounded-md border-2 border-brand-700 bg-white px-5 py-3 text-lg font-semibold text-brand-800 no-underline hover:bg-brand-100"
            >
              {t('exploreAction')}
            </Link>
          </div>
        </div>
        <ul
          className="mt-10 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5"
          aria-label={t('figuresTitle')}
          data-testid="home-figures"
        >
          {figures.map((x) => (
            <li key={x.label}>
              <Link
                href={x.href}
                className="block h-full rounded-card border border-line bg-white p-4 text-ink no-underline hover:border-brand-600 hover:text-ink"
              >
                <span className="block text-3xl font-bold text-brand-800 tabular-nums">{x.value}</span>
                <span className="block leading-tight">{x.label}</span>
              </Link>
            </li>
          ))}
        </ul>
        {f.demoOrganisations > 0 && <p className="mt-3 text-sm text-muted">{t('figures.demoNote', { count: f.demoOrganisations })}</p>}
      </section>

      <Section id="events-h" title={t('eventsTitle')} more={{ href: '/events', label: t('eventsAll') }}>
        {home.events.length === 0 ? (
          <p>{t('eventsEmpty')}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-3" data-testid="home-events">
            {home.events.map((e) => (
              <li key={e.id} className="rounded-card border border-line p-4">
                <p className="text-sm font-semibold text-brand-800">
                  <time dateTime={e.startsAt.toISOString()}>
                    {e.allDay
                      ? format.dateTime(e.startsAt, { timeZone: 'Europe/Rome', weekday: 'long', day: 'numeric', month: 'long' })
                      : format.dateTimeRange(e.startsAt, e.endsAt, { ...TIME, weekday: 'long', day: 'numeric', month: 'long' })}
                  </time>
                </p>
                <h3 className="mt-1 text-lg font-semibold">
                  <Link href={{ pathname: '/events/[id]', params: { id: e.id } }}>{e.title}</Link>
                </h3>
                <p className="text-sm text-muted">{[e.city, e.online ? t('online') : null].filter(Boolean).join(' · ')}</p>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
          <a href="/feeds/events/all.ics">{t('subscribe')}</a> · <WebcalLink path="/feeds/events/all.ics" />
        </p>
      </Section>

      <div className="grid gap-14 lg:grid-cols-2 lg:gap-10">
        <Section id="practices-h" title={t('practicesTitle')} more={{ href: '/practices', label: t('practicesAll') }}>
          {home.practices.length === 0 ? (
            <p>{t('practicesEmpty')}</p>
          ) : (
            <ul className="space-y-4" data-testid="home-practices">
              {home.practices.map((p) => (
                <li key={p.id} className="border-l-4 border-brand-300 pl-4">
                  <h3 className="font-semibold">
                    <Link href={{ pathname: '/practices/[id]', params: { id: p.id } }}>{p.title}</Link>
                  </h3>
                  <p className="line-clamp-2 text-muted">{p.summary}</p>
                  {p.regionId && <p className="text-sm text-muted">{regionName(p.regionId, locale)}</p>}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="threads-h" title={t('threadsTitle')} more={{ href: '/forum', label: t('threadsAll') }}>
          {home.threads.length === 0 ? (
            <p>{t('threadsEmpty')}</p>
          ) : (
            <ul className="space-y-4" data-testid="home-threads">
              {home.threads.map((th) => (
                <li key={th.id} className="border-l-4 border-brand-300 pl-4">
                  <h3 className="font-semibold">
                    <Link href={{ pathname: '/forum/t/[id]', params: { id: th.id } }}>{th.title}</Link>
                  </h3>
                  <p className="text-sm text-muted">
                    {en ? th.category.nameEn : th.category.nameIt} · {t('replies', { count: th.postCount - 1 })} ·{' '}
                    <time dateTime={th.lastPostAt.toISOString()}>{format.relativeTime(th.lastPostAt)}</time>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>

      <Section id="map-h" title={t('mapTitle')} more={{ href: '/network', label: t('mapMore') }}>
        <p className="mb-4 max-w-3xl">{t('mapLead')}</p>
        <ItalyMap presence={home.presence} headingId="map-h" />
      </Section>
    </div>
  )
}

function Section({
  id,
  title,
  more,
  children,
}: {
  id: string
  title: string
  more: { href: Parameters<typeof Link>[0]['href']; label: string }
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id}>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b-2 border-brand-100 pb-2">
        <h2 id={id} className="text-2xl font-bold text-brand-900">
          {title}
        </h2>
        <Link href={more.href} className="font-semibold">
          {more.label}
        </Link>
      </div>
      {children}
    </section>
  )
}
