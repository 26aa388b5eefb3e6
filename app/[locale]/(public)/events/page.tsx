import type { Metadata } from 'next'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { getCurrentUser } from '@/server/auth/session'
import { listEvents } from '@/server/queries/events'
import { canCreateEvent } from '@/lib/policies'
import { REGIONS, regionName } from '@/lib/territory'
import { EVENT_TYPES } from '@/lib/validations/events'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'events' })
  return { title: t('title'), description: t('lead'), alternates: { types: { 'text/calendar': '/feeds/events/all.ics' } } }
}

export default async function EventsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const sp = await searchParams
  const past = sp.past === '1'
  const type = EVENT_TYPES.find((x) => x === sp.type)
  const region = REGIONS.find((r) => r.id === sp.region)
  const [t, tt, format, user, events] = await Promise.all([
    getTranslations('events'), getTranslations('eventTypes'), getFormatter(), getCurrentUser(), listEvents({ past, type, regionId: region?.id }),
  ])
  const month = (d: Date) => format.dateTime(d, { month: 'long', year: 'numeric' })
  let lastMonth = ''
  return (
    <div className="max-w-4xl">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
          <p className="mt-2 text-lg">{t('lead')}</p>
        </div>
        {canCreateEvent(user) && (
          <Link href="/events/new" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">{t('newEvent')}</Link>
        )}
      </div>
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        {past ? <Link href="/events">{t('showUpcoming')}</Link> : <Link href={{ pathname: '/events', query: { past: '1' } }}>{t('showPast')}</Link>}
        <a href="/feeds/events/all.ics">{t('feed')}</a>
        {region && <a href={`/feeds/events/region-${region.id}.ics`}>{t('regionFeed', { region: locale === 'en' ? region.nameEn : region.nameIt })}</a>}
      </p>
      <form key={`${type}-${region?.id}-${past}`} method="get" role="search" aria-label={t('filters')} className="mt-4 flex flex-wrap items-end gap-3">
        {past && <input type="hidden" name="past" value="1" />}
        <div>
          <label htmlFor="ev-type" className="block text-sm font-medium">{t('type')}</label>
          <select id="ev-type" name="type" defaultValue={type ?? ''} className="mt-1 rounded-md border border-gray-500 px-2 py-1">
            <option value="">{t('allTypes')}</option>
            {EVENT_TYPES.map((v) => <option key={v} value={v}>{tt(v)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="ev-region" className="block text-sm font-medium">{t('region')}</label>
          <select id="ev-region" name="region" defaultValue={region?.id ?? ''} className="mt-1 rounded-md border border-gray-500 px-2 py-1">
            <option value="">{t('allRegions')}</option>
            {REGIONS.map((r) => <option key={r.id} value={r.id}>{locale === 'en' ? r.nameEn : r.nameIt}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-gray-400 px-3 py-1.5 font-medium hover:bg-gray-50">{t('filter')}</button>
      </form>
      <h2 className="mt-8 text-2xl font-semibold">{past ? t('past') : t('upcoming')}</h2>
      {events.length === 0 ? (
        <p className="mt-3">{t('none')}</p>
      ) : (
        <ul className="mt-3 space-y-3" data-testid="event-list">
          {events.map((e) => {
            const m = month(e.startsAt)
            const header = m !== lastMonth ? ((lastMonth = m), <h3 className="mt-6 text-lg font-semibold capitalize">{m}</h3>) : null
            return (
              <li key={e.id}>
                {header}
                <article className="rounded-lg border border-gray-200 p-4">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <Badge tone="green">{tt(e.type)}</Badge>
                    {e.status === 'CANCELLED' && <Badge tone="amber">{t('cancelledBadge')}</Badge>}
                  </p>
                  <h4 className="mt-1 text-lg font-semibold">
                    <Link href={{ pathname: '/events/[id]', params: { id: e.id } }}>{e.title}</Link>
                  </h4>
                  <p className="text-sm">
                    <time dateTime={e.startsAt.toISOString()}>{format.dateTime(e.startsAt, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })}</time>
                    {' · '}
                    {e.city ? `${e.city}${e.regionId ? ` (${regionName(e.regionId, locale)})` : ''}` : e.online ? t('online') : ''}
                    {' · '}
                    {e.capacity ? t('seats', { free: Math.max(0, e.capacity - e.confirmedCount), capacity: e.capacity }) : t('noLimit')}
                  </p>
                </article>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
