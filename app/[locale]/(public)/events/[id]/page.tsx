import { JsonLd } from '@/components/json-ld'
import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link, getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { getCurrentUser } from '@/server/auth/session'
import { getEvent, listAttendees, listEventThreads } from '@/server/events/queries'
import { canManageEvent } from '@/lib/policies'
import { romeOffset } from '@/lib/dates'
import { regionName } from '@/lib/territory'
import { renderMarkdown } from '@/lib/markdown'
import { env } from '@/server/env'
import { CancelEvent, ExtendSeries, Rsvp } from '../_components/rsvp'
import { AddMaterial, RemoveMaterial } from '../_components/materials'
import { ruleParts } from '@/lib/recurrence'
import { OrgBadges } from '@/components/org-badges'
import { organisationBadges } from '@/server/network/queries'
import { romeDay } from '@/lib/calendar'
import { getCaseStudy } from '@/server/content/case-studies'
import { WebcalLink } from '@/components/feed-links'
import { ogMetadata } from '@/server/og'
import { markdownToText } from '@/lib/search/plain-text'
import { localised } from '@/lib/localised'
import { ATTENDANCE_MODES, closedReason, deadlineFormat, seatsOf, type Mode } from '@/lib/events'
import { EventSeats } from '@/components/event-seats'

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, locale } = await params
  const e = await getEvent(id)
  if (!e) return {}
  const og = ogMetadata('meeting', id, locale, e.title)
  return {
    title: e.title,
    description: markdownToText(e.description).slice(0, 160),
    openGraph: { title: e.title, ...og.openGraph },
    twitter: og.twitter,
  }
}

export default async function EventPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const user = await getCurrentUser()
  const event = await getEvent(id, user?.id)
  if (!event) notFound()
  const [t, tt, format, badges] = await Promise.all([
    getTranslations('events'),
    getTranslations('eventTypes'),
    getFormatter(),
    organisationBadges([event.organiserId]),
  ])
  const manager = canManageEvent(user, event)
  const [attendees, threads] = await Promise.all([manager ? listAttendees(id) : Promise.resolve([]), listEventThreads(id)])
  const now = new Date()
  const closed = closedReason(event, now)
  const open = !closed
  const full = Object.fromEntries(ATTENDANCE_MODES.map((m) => [m, seatsOf(event, m).left === 0])) as Record<Mode, boolean>
  const fmtDay = (d: Date) => format.dateTime(d, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
  const lastDay = new Date(event.endsAt.getTime() - 1)
  const caseStudy = event.caseStudySlug ? getCaseStudy(event.caseStudySlug) : undefined
  const rule = event.rule ? ruleParts(event.rule) : null
  const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} kB`)
  const url = env().APP_URL + getPathname({ href: { pathname: '/events/[id]', params: { id } }, locale })
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.description.slice(0, 500),
    startDate: event.allDay ? romeDay(event.startsAt) : event.startsAt.toISOString(),
    endDate: event.allDay ? romeDay(lastDay) : event.endsAt.toISOString(),
    eventStatus: event.status === 'CANCELLED' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode:
      event.address && event.onlineUrl
        ? 'https://schema.org/MixedEventAttendanceMode'
        : event.onlineUrl
          ? 'https://schema.org/OnlineEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
    location: event.address
      ? { '@type': 'Place', name: event.city ?? event.address, address: [event.address, event.city].filter(Boolean).join(', ') }
      : { '@type': 'VirtualLocation', url },
    organizer: event.organisation
      ? { '@type': 'Organization', name: event.organisation.name }
      : { '@type': 'Person', name: event.organiser.name },
    url,
  }
  return (
    <article className="max-w-4xl" aria-labelledby="event-title">
      <JsonLd data={jsonLd} />
      <Breadcrumbs items={[{ section: 'events' }, { label: event.title }]} />
      <p className="flex gap-2">
        <Badge tone="green">{tt(event.type)}</Badge>
        {event.status === 'CANCELLED' && <Badge tone="amber">{t('cancelledBadge')}</Badge>}
      </p>
      <h1 id="event-title" className="mt-2 text-3xl font-bold text-brand-800">
        {event.title}
      </h1>
      <p className="mt-1 text-sm text-muted">
        {t('organiser', { name: event.organiser.name })}
        <OrgBadges orgs={badges.get(event.organiserId)} />
        {event.organisation && (
          <>
            {' · '}
            <span data-testid="event-org">
              {t.rich('organisedForLink', {
                org: () => (
                  <Link href={{ pathname: '/network/members/[slug]', params: { slug: event.organisation!.slug } }}>
                    {event.organisation!.name}
                  </Link>
                ),
              })}
            </span>
          </>
        )}
      </p>
      {event.status === 'CANCELLED' && (
        <p role="status" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-amber-900">
          {t('cancelledNotice')}
        </p>
      )}

      <div className="mt-6 grid gap-6 md:grid-cols-[1fr_18rem]">
        <div
          className="prose-cartesio prose"
          dangerouslySetInnerHTML={{ __html: event.descriptionHtml || renderMarkdown(event.description) }}
        />
        <aside className="space-y-4">
          <section aria-labelledby="when-h" className="rounded-lg border border-gray-200 p-4">
            <h2 id="when-h" className="font-semibold">
              {t('when')}
            </h2>
            {event.allDay ? (
              <p data-testid="event-when">
                <time dateTime={event.startsAt.toISOString()}>{fmtDay(event.startsAt)}</time>
                {fmtDay(lastDay) !== fmtDay(event.startsAt) && (
                  <>
                    {' '}
                    – <time dateTime={lastDay.toISOString()}>{fmtDay(lastDay)}</time>
                  </>
                )}
                <br />
                {t('allDayLong')}
              </p>
            ) : (
              <>
                <p data-testid="event-when">
                  {/* One day: "martedì 15 dicembre 2026, 10:00–13:00"; over several days, both dates in full. */}
                  <time dateTime={event.startsAt.toISOString()}>
                    {format.dateTimeRange(event.startsAt, event.endsAt, {
                      weekday: 'long',
                      day: 'numeric',
                      month: 'long',
                      year: 'numeric',
                      hour: '2-digit',
                      minute: '2-digit',
                      hourCycle: 'h23',
                    })}
                  </time>
                </p>
                <p className="text-sm text-muted">{t('zone', { offset: `UTC${romeOffset(event.startsAt)}` })}</p>
              </>
            )}
            {rule && (
              <p className="mt-2 text-sm" data-testid="event-rule">
                {t('repeats', {
                  rule:
                    rule.kind === 'MONTHLY_WEEKDAY'
                      ? // 5 January 2026 was a Monday: the weekday's name in the page's language.
                        t('rule.MONTHLY_WEEKDAY', {
                          count: rule.count,
                          nth: rule.nth,
                          sunday: rule.weekday === 6 ? 'yes' : 'no',
                          weekday: format.dateTime(new Date(Date.UTC(2026, 0, 5 + rule.weekday, 12)), { weekday: 'long' }),
                        })
                      : t(`rule.${rule.kind}`, { count: rule.count }),
                })}
              </p>
            )}
            {event.registrationDeadline && event.status === 'SCHEDULED' && (
              <p className="mt-2 text-sm font-semibold" data-testid="event-deadline">
                {closed === 'deadline'
                  ? t('closedDeadline', { date: format.dateTime(event.registrationDeadline, deadlineFormat) })
                  : t('deadline', { date: format.dateTime(event.registrationDeadline, deadlineFormat) })}
              </p>
            )}
            <p className="mt-2 text-sm">
              <a href={`/feeds/events/${event.id}.ics`} data-testid="ics-link">
                {t('addToCalendar')}
              </a>{' '}
              · <WebcalLink path={`/feeds/events/${event.id}.ics`} name={event.title} />
            </p>
          </section>
          <section aria-labelledby="where-h" className="rounded-lg border border-gray-200 p-4">
            <h2 id="where-h" className="font-semibold">
              {t('where')}
            </h2>
            {event.address && (
              <address className="not-italic">
                {event.address}
                {event.city && (
                  <>
                    <br />
                    {event.city}
                  </>
                )}
                {event.regionId && (
                  <>
                    <br />
                    {regionName(event.regionId, locale)}
                  </>
                )}
              </address>
            )}
            {event.onlineUrl &&
              (event.myStatus === 'CONFIRMED' || manager ? (
                <p className="mt-2">
                  <a href={event.onlineUrl} rel="noopener noreferrer">
                    {t('onlineLink')}
                  </a>
                </p>
              ) : (
                <p className="mt-2 text-sm text-muted">{t('onlineLinkHidden')}</p>
              ))}
            <p className="mt-2 text-sm" data-testid="seats">
              <EventSeats event={event} modes={event.modes} />
            </p>
          </section>
          {(event.cluster || caseStudy || event.regionId) && (
            <section aria-labelledby="related-h" className="rounded-lg border border-gray-200 p-4">
              <h2 id="related-h" className="font-semibold">
                {t('related')}
              </h2>
              <ul className="mt-1 space-y-1 text-sm">
                {event.cluster && (
                  <li>
                    {t('clusterLabel')}:{' '}
                    <Link href={{ pathname: '/events', query: { cluster: event.cluster.id } }}>
                      {localised(event.cluster, 'name', locale)}
                    </Link>
                  </li>
                )}
                {event.regionId && (
                  <li>
                    {t('region')}:{' '}
                    <Link href={{ pathname: '/events', query: { region: event.regionId } }}>{regionName(event.regionId, locale)}</Link>
                  </li>
                )}
                {caseStudy && (
                  <li>
                    {t('caseStudyLabel')}:{' '}
                    <Link href={{ pathname: '/case-studies/[slug]', params: { slug: caseStudy.slug } }}>{caseStudy.title[locale]}</Link>
                  </li>
                )}
              </ul>
            </section>
          )}
          <section className="rounded-lg border border-gray-200 p-4" aria-label={t('register')}>
            {!user ? (
              <Link
                href={{
                  pathname: '/sign-in',
                  query: { callbackUrl: getPathname({ href: { pathname: '/events/[id]', params: { id } }, locale }) },
                }}
              >
                {t('signInToRegister')}
              </Link>
            ) : open || event.myStatus === 'CONFIRMED' || event.myStatus === 'WAITLISTED' ? (
              <Rsvp
                eventId={event.id}
                status={event.myStatus}
                mode={event.myMode}
                position={event.myPosition}
                modes={event.modes}
                full={full}
                open={open}
              />
            ) : null}
            {closed && (
              <p data-testid="registrations-closed" className={user ? 'mt-2' : ''}>
                {closed === 'deadline' ? t('closed') : closed === 'started' ? t('closedStarted') : t('closedCancelled')}
              </p>
            )}
          </section>
          {manager && (
            <div className="flex flex-wrap items-center gap-3">
              {event.status === 'SCHEDULED' && <Link href={{ pathname: '/events/[id]/edit', params: { id: event.id } }}>{t('edit')}</Link>}
              <Link href={{ pathname: '/events/new', query: { from: event.id } }}>{t('duplicate')}</Link>
            </div>
          )}
          {manager && event.status === 'SCHEDULED' && <CancelEvent eventId={event.id} series={event.series.length > 1} />}
        </aside>
      </div>

      {event.series.length > 1 && (
        <section aria-labelledby="series-h" className="mt-10">
          <h2 id="series-h" className="text-2xl font-semibold">
            {t('series')}
          </h2>
          <p className="text-sm text-muted">{t('seriesHint')}</p>
          <ol className="mt-2 flex flex-wrap gap-2" data-testid="event-series">
            {event.series.map((o) => (
              <li key={o.id}>
                {o.id === event.id ? (
                  <span aria-current="page" className="inline-block rounded-md bg-brand-700 px-2 py-1 text-sm text-white">
                    {format.dateTime(o.startsAt, { day: 'numeric', month: 'short', year: 'numeric' })}
                  </span>
                ) : (
                  <Link
                    href={{ pathname: '/events/[id]', params: { id: o.id } }}
                    className={`inline-block rounded-md border border-gray-300 px-2 py-1 text-sm ${o.status === 'CANCELLED' ? 'line-through' : ''}`}
                  >
                    {format.dateTime(o.startsAt, { day: 'numeric', month: 'short', year: 'numeric' })}
                    {o.status === 'CANCELLED' && <span className="sr-only"> ({t('cancelledBadge')})</span>}
                  </Link>
                )}
              </li>
            ))}
          </ol>
          {manager && event.rule && <ExtendSeries eventId={event.id} />}
        </section>
      )}

      {(event.materials.length > 0 || manager) && (
        <section aria-labelledby="materials-h" className="mt-10">
          <h2 id="materials-h" className="text-2xl font-semibold">
            {t('materials.heading')}
          </h2>
          {event.materials.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{t('materials.none')}</p>
          ) : (
            <ul className="mt-2 divide-y divide-gray-200 border-y border-gray-200" data-testid="event-materials">
              {event.materials.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="mr-2 text-sm text-muted">{t(`materials.kind${m.kind}`)}</span>
                    {m.fileName ? (
                      <a href={`/api/event-materials/${m.id}`} download={m.fileName}>
                        {m.title}
                      </a>
                    ) : (
                      <a href={m.url!} rel="nofollow noopener noreferrer">
                        {m.title}
                      </a>
                    )}
                    {m.fileName && (
                      <span className="ml-2 text-sm text-muted">
                        {m.fileName.split('.').pop()!.toUpperCase()}, {size(m.size ?? 0)}
                      </span>
                    )}
                  </span>
                  {manager && <RemoveMaterial materialId={m.id} title={m.title} />}
                </li>
              ))}
            </ul>
          )}
          {manager && <AddMaterial eventId={event.id} />}
        </section>
      )}

      {(threads.length > 0 || user) && (
        <section aria-labelledby="threads-h" className="mt-10">
          <h2 id="threads-h" className="text-2xl font-semibold">
            {t('threads')}
          </h2>
          {threads.length > 0 && (
            <ul className="mt-2 space-y-1" data-testid="event-threads">
              {threads.map((th) => (
                <li key={th.id}>
                  <Link href={{ pathname: '/forum/t/[id]', params: { id: th.id } }}>{th.title}</Link>
                </li>
              ))}
            </ul>
          )}
          {user && (
            <p className="mt-2">
              <Link href={{ pathname: '/forum/new', query: { event: event.id } }}>{t('startThread')}</Link>
            </p>
          )}
        </section>
      )}

      {manager && (
        <section aria-labelledby="attendees-h" className="mt-10">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="attendees-h" className="text-2xl font-semibold">
              {t('attendees')}
            </h2>
            <a href={`/feeds/events/${event.id}.csv${locale === 'en' ? '?lang=en' : ''}`} data-testid="csv-link">
              {t('exportCsv')}
            </a>
          </div>
          <p className="text-sm text-muted">
            {t('attendeesCount', { confirmed: event.confirmedCount + event.onlineConfirmedCount, waitlisted: event.waitlisted })}
          </p>
          <ol className="mt-3 divide-y divide-gray-200 border-y border-gray-200" data-testid="attendees">
            {attendees.map((a, i) => (
              <li key={i} className="flex justify-between py-2">
                <span>
                  {a.user.name} <span className="text-sm text-muted">{a.user.email}</span>
                </span>
                <span className="text-sm">
                  {a.status === 'CONFIRMED' ? t('confirmedLabel') : t('waitlistLabel')}
                  {event.modes.length > 1 && ` · ${t(`mode.${a.mode}`)}`}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  )
}
