import type { Metadata } from 'next'
import { FilterPanel } from '@/components/filter-panel'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { MemberOnly } from '@/components/member-only'
import { listEventOrganisations, listEvents, listEventsBetween } from '@/server/events/queries'
import { listClusters } from '@/server/territories/queries'
import { addDays, isDayKey, isMonthKey, romeDay, romeDayStart, shiftMonth, weekStart } from '@/lib/calendar'
import { MonthGrid, WeekList } from './_components/calendar-views'
import { REGIONS, regionName } from '@/lib/territory'
import { EVENT_TYPES } from '@/lib/validations/events'
import { localised } from '@/lib/localised'
import { AtomLink, WebcalLink } from '@/components/feed-links'
import { feedPath } from '@/lib/paths'
import { Button } from '@/components/ui/button'
import { EventSeats } from '@/components/event-seats'
import { MyEventStatus } from '@/components/my-event-status'
import { closedReason, deadlineFormat } from '@/lib/events'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'events' })
  return {
    title: t('title'),
    description: t('lead'),
    alternates: { types: { 'text/calendar': '/feeds/events/all.ics', 'application/atom+xml': feedPath('meetings', locale) } },
  }
}

export default async function EventsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <EventsView locale={locale} sp={await searchParams} />
}

/**
 * The calendar, the same for everyone: rendered per request with a view, filter or position in the query, and from
 * the page cache without one (app/[locale]/(public)/anon/events, where proxy.ts sends it). The organiser's link is an
 * island.
 */
async function EventsView({ locale, sp }: { locale: Locale; sp: Record<string, string | string[] | undefined> }) {
  const past = sp.past === '1'
  const type = EVENT_TYPES.find((x) => x === sp.type)
  const region = REGIONS.find((r) => r.id === sp.region)
  const view = sp.view === 'month' || sp.view === 'week' ? sp.view : 'list'
  const today = romeDay(new Date())
  const monthKey = isMonthKey(sp.month) ? sp.month : today.slice(0, 7)
  const weekKey = weekStart(isDayKey(sp.week) ? sp.week : today)
  const [clusters, organisations] = await Promise.all([listClusters(), listEventOrganisations()])
  const cluster = clusters.find((c) => c.id === sp.cluster)
  const organisation = organisations.find((o) => o.id === sp.org)
  const filter = { type, regionId: region?.id, clusterId: cluster?.id, organisationId: organisation?.id }
  const range =
    view === 'month'
      ? { from: romeDayStart(`${monthKey}-01`), to: romeDayStart(`${shiftMonth(monthKey, 1)}-01`) }
      : { from: romeDayStart(weekKey), to: romeDayStart(addDays(weekKey, 7)) }
  const [t, tt, format, events] = await Promise.all([
    getTranslations('events'),
    getTranslations('eventTypes'),
    getFormatter(),
    view === 'list' ? listEvents({ past, ...filter }) : listEventsBetween(range.from, range.to, filter),
  ])
  // Links keep the filters; each view adds its own position.
  const filterQuery = Object.fromEntries(
    Object.entries({ type, region: region?.id, cluster: cluster?.id, org: organisation?.id }).filter(([, v]) => v),
  ) as Record<string, string>
  const viewHref = (q: Record<string, string>) => ({ pathname: '/events' as const, query: { ...filterQuery, ...q } })
  const views = [
    { id: 'list', label: t('viewList'), href: viewHref({}) },
    { id: 'month', label: t('viewMonth'), href: viewHref({ view: 'month' }) },
    { id: 'week', label: t('viewWeek'), href: viewHref({ view: 'week' }) },
  ]
  const month = (d: Date) => format.dateTime(d, { month: 'long', year: 'numeric' })
  const now = new Date()
  return (
    <div className="max-w-4xl">
      <Breadcrumbs items={[{ section: 'events' }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
          <p className="mt-2 text-lg">{t('lead')}</p>
        </div>
        <MemberOnly policy="createEvent">
          <Link
            href="/events/new"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white"
          >
            {t('newEvent')}
          </Link>
        </MemberOnly>
      </div>
      <nav aria-label={t('views')} className="mt-4">
        <ul className="flex gap-1 border-b border-gray-300">
          {views.map((v) => (
            <li key={v.id}>
              <Link
                href={v.href}
                aria-current={view === v.id ? 'page' : undefined}
                className={`block rounded-t-md px-3 py-1.5 no-underline ${view === v.id ? '-mb-px border border-gray-300 border-b-white bg-white font-semibold' : 'hover:bg-gray-50'}`}
              >
                {v.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        {view === 'list' &&
          (past ? <Link href={viewHref({})}>{t('showUpcoming')}</Link> : <Link href={viewHref({ past: '1' })}>{t('showPast')}</Link>)}
        <a href="/feeds/events/all.ics">{t('feed')}</a>
        <WebcalLink path="/feeds/events/all.ics" name={t('feed')} />
        <AtomLink path={feedPath('meetings', locale)} />
        {cluster && (
          <a href={`/feeds/events/cluster-${cluster.slug}.ics`}>{t('clusterFeed', { cluster: localised(cluster, 'name', locale) })}</a>
        )}
        {region && <a href={`/feeds/events/region-${region.id}.ics`}>{t('regionFeed', { region: localised(region, 'name', locale) })}</a>}
      </p>
      <FilterPanel active={Object.keys(filterQuery).length}>
        <form
          key={JSON.stringify(filterQuery) + view + past}
          method="get"
          role="search"
          aria-label={t('filters')}
          className="mt-4 flex flex-wrap items-end gap-3"
        >
          {past && <input type="hidden" name="past" value="1" />}
          {view !== 'list' && <input type="hidden" name="view" value={view} />}
          {view === 'month' && <input type="hidden" name="month" value={monthKey} />}
          {view === 'week' && <input type="hidden" name="week" value={weekKey} />}
          <div>
            <label htmlFor="ev-type" className="block text-sm font-medium">
              {t('type')}
            </label>
            <select id="ev-type" name="type" defaultValue={type ?? ''} className="mt-1 rounded-md border border-gray-500 px-2 py-1">
              <option value="">{t('allTypes')}</option>
              {EVENT_TYPES.map((v) => (
                <option key={v} value={v}>
                  {tt(v)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="ev-region" className="block text-sm font-medium">
              {t('region')}
            </label>
            <select
              id="ev-region"
              name="region"
              defaultValue={region?.id ?? ''}
              className="mt-1 rounded-md border border-gray-500 px-2 py-1"
            >
              <option value="">{t('allRegions')}</option>
              {REGIONS.map((r) => (
                <option key={r.id} value={r.id}>
                  {localised(r, 'name', locale)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="ev-cluster" className="block text-sm font-medium">
              {t('cluster')}
            </label>
            <select
              id="ev-cluster"
              name="cluster"
              defaultValue={cluster?.id ?? ''}
              className="mt-1 max-w-56 rounded-md border border-gray-500 px-2 py-1"
            >
              <option value="">{t('allClusters')}</option>
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {localised(c, 'name', locale)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="ev-org" className="block text-sm font-medium">
              {t('organisation')}
            </label>
            <select
              id="ev-org"
              name="org"
              defaultValue={organisation?.id ?? ''}
              className="mt-1 max-w-56 rounded-md border border-gray-500 px-2 py-1"
            >
              <option value="">{t('allOrganisations')}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" size="sm">
            {t('filter')}
          </Button>
        </form>
      </FilterPanel>
      {view === 'month' && (
        <>
          <div className="mt-8 flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-2xl font-semibold capitalize">
              {format.dateTime(romeDayStart(`${monthKey}-01`), { month: 'long', year: 'numeric' })}
            </h2>
            <p className="flex gap-4">
              <Link href={viewHref({ view: 'month', month: shiftMonth(monthKey, -1) })}>{t('previousMonth')}</Link>
              <Link href={viewHref({ view: 'month', month: today.slice(0, 7) })}>{t('thisMonth')}</Link>
              <Link href={viewHref({ view: 'month', month: shiftMonth(monthKey, 1) })}>{t('nextMonth')}</Link>
            </p>
          </div>
          <MonthGrid month={monthKey} events={events} today={today} />
        </>
      )}
      {view === 'week' && (
        <>
          <div className="mt-8 flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-2xl font-semibold">
              {t('weekOf', {
                start: format.dateTime(romeDayStart(weekKey), { day: 'numeric', month: 'long' }),
                end: format.dateTime(romeDayStart(addDays(weekKey, 6)), { day: 'numeric', month: 'long', year: 'numeric' }),
              })}
            </h2>
            <p className="flex gap-4">
              <Link href={viewHref({ view: 'week', week: addDays(weekKey, -7) })}>{t('previousWeek')}</Link>
              <Link href={viewHref({ view: 'week', week: weekStart(today) })}>{t('thisWeek')}</Link>
              <Link href={viewHref({ view: 'week', week: addDays(weekKey, 7) })}>{t('nextWeek')}</Link>
            </p>
          </div>
          <WeekList days={Array.from({ length: 7 }, (_, i) => addDays(weekKey, i))} events={events} today={today} />
        </>
      )}
      {view === 'list' && <h2 className="mt-8 text-2xl font-semibold">{past ? t('past') : t('upcoming')}</h2>}
      {view !== 'list' ? null : events.length === 0 ? (
        <div className="mt-3 rounded-card border border-line p-5" data-testid="events-empty">
          <p>{past ? t('nonePast') : t('noneUpcoming')}</p>
          <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
            <a href="/feeds/events/all.ics">{t('emptySubscribe')}</a>
            <MemberOnly policy="createEvent">
              <Link href="/events/new">{t('emptyAnnounce')}</Link>
            </MemberOnly>
          </p>
        </div>
      ) : (
        <ul className="mt-3 space-y-3" data-testid="event-list">
          {events.map((e, i) => {
            const m = month(e.startsAt)
            const header =
              i === 0 || m !== month(events[i - 1]!.startsAt) ? <h3 className="mt-6 text-lg font-semibold capitalize">{m}</h3> : null
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
                    <time dateTime={e.startsAt.toISOString()}>
                      {e.allDay
                        ? `${format.dateTime(e.startsAt, { weekday: 'long', day: 'numeric', month: 'long' })} · ${t('allDayShort')}`
                        : format.dateTime(e.startsAt, {
                            weekday: 'long',
                            day: 'numeric',
                            month: 'long',
                            hour: '2-digit',
                            minute: '2-digit',
                            hourCycle: 'h23',
                            timeZoneName: 'short',
                          })}
                    </time>
                    {' · '}
                    {[e.city ? `${e.city}${e.regionId ? ` (${regionName(e.regionId, locale)})` : ''}` : e.online ? t('online') : '']
                      .filter(Boolean)
                      .map((place) => `${place} · `)}
                    <EventSeats event={e} modes={e.modes} />
                  </p>
                  <p className="text-sm text-muted">
                    {e.organisation && <span data-testid="event-org">{e.organisation.name}</span>}
                    {e.organisation && e.registrationDeadline && ' · '}
                    {e.status === 'SCHEDULED' && closedReason(e, now) === 'deadline' ? (
                      <span data-testid="event-closed">{t('closedShort')}</span>
                    ) : (
                      e.registrationDeadline &&
                      e.status === 'SCHEDULED' && (
                        <span data-testid="event-deadline">
                          {t('deadlineShort', { date: format.dateTime(e.registrationDeadline, deadlineFormat) })}
                        </span>
                      )
                    )}
                    <MyEventStatus eventId={e.id} hybrid={e.modes.length > 1} />
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
