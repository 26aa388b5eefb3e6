import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { requirePageUser } from '@/server/auth/guard'
import { getMyArea } from '@/server/my-area/queries'
import { calendarFeedUrl } from '@/server/events/calendar-feed'
import { regionName } from '@/lib/territory'
import { localised } from '@/lib/localised'
import { Unfollow } from './_components/unfollow'
import { CalendarFeedButton } from './_components/calendar-feed'
import { Panel } from '@/components/ui/panel'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'myArea' })
  return { title: t('title'), robots: { index: false } }
}

/** The member's own page (issue 17): meetings, practices, follows, organisations and the private calendar. */
export default async function MyAreaPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/my-area')
  const [t, tp, tn, te, format, area] = await Promise.all([
    getTranslations('myArea'),
    getTranslations('practices'),
    getTranslations('network'),
    getTranslations('events'),
    getFormatter(),
    getMyArea(user.id),
  ])
  const day = (d: Date) => format.dateTime(d, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' })
  const meetings = (rows: typeof area.upcoming, testId: string) => (
    <ul className="mt-2 divide-y divide-line" data-testid={testId}>
      {rows.map((r) => (
        <li key={r.event.id} className="py-2">
          <Link href={{ pathname: '/events/[id]', params: { id: r.event.id } }} className="font-semibold">
            {r.event.title}
          </Link>
          <p className="text-sm text-muted">
            <time dateTime={r.event.startsAt.toISOString()}>{day(r.event.startsAt)}</time>
            {r.event.city && ` · ${r.event.city}`}
            {' · '}
            <span data-testid="my-status">
              {r.event.status === 'CANCELLED'
                ? t('cancelled')
                : r.status === 'CONFIRMED'
                  ? t('confirmed')
                  : t('waitlist', { n: r.position ?? 0 })}
              {` (${te(`mode.${r.mode}`)})`}
            </span>
          </p>
        </li>
      ))}
    </ul>
  )
  const { follows } = area
  const followCount = follows.threads.length + follows.categories.length + follows.regions.length + follows.clusters.length
  const calendar = area.calendarPath ? calendarFeedUrl(area.calendarPath) : null
  return (
    <div className="max-w-4xl">
      <Breadcrumbs items={[{ label: t('title') }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="mt-2 text-lg">{t('lead')}</p>

      <div className="mt-6 grid gap-6">
        <Panel id="upcoming-h" title={t('upcoming')}>
          {area.upcoming.length ? meetings(area.upcoming, 'my-upcoming') : <p className="mt-2">{t('noUpcoming')}</p>}
          <p className="mt-2">
            <Link href="/events">{t('findMeetings')}</Link>
          </p>
          {area.past.length > 0 && (
            <details className="mt-3">
              <summary className="cursor-pointer font-semibold">{t('past')}</summary>
              {meetings(area.past, 'my-past')}
            </details>
          )}
        </Panel>

        <Panel id="calendar-h" title={t('calendar.heading')} testId="private-calendar">
          <p className="mt-1 text-sm">{t('calendar.lead')}</p>
          {calendar ? (
            <>
              <label htmlFor="calendar-url" className="mt-3 block font-semibold">
                {t('calendar.url')}
              </label>
              <input
                id="calendar-url"
                readOnly
                value={calendar}
                className="mt-1 w-full rounded-md border border-line bg-surface px-2 py-1 font-mono text-sm"
                data-testid="calendar-url"
              />
              <p className="mt-2 flex flex-wrap items-center gap-3">
                <a href={calendar.replace(/^https?:/, 'webcal:')} data-testid="calendar-webcal">
                  {t('calendar.subscribe')}
                </a>
                <CalendarFeedButton enable label={t('calendar.reset')} confirm={t('calendar.confirmReset')} variant="secondary" />
                <CalendarFeedButton enable={false} label={t('calendar.revoke')} confirm={t('calendar.confirmRevoke')} variant="danger" />
              </p>
            </>
          ) : (
            <>
              <p className="mt-2">{t('calendar.none')}</p>
              <p className="mt-2">
                <CalendarFeedButton enable label={t('calendar.create')} />
              </p>
            </>
          )}
        </Panel>

        <Panel id="practices-h" title={t('practices')}>
          {area.practices.length === 0 ? (
            <p className="mt-2">{t('noPractices')}</p>
          ) : (
            <ul className="mt-2 divide-y divide-line" data-testid="my-practices">
              {area.practices.map((p) => (
                <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  {p.status === 'PUBLISHED' ? (
                    <Link href={{ pathname: '/practices/[id]', params: { id: p.id } }}>{p.title}</Link>
                  ) : (
                    <span>{p.title}</span>
                  )}
                  <span className="rounded border border-line px-1.5 text-sm">{tp(`status.${p.status}`)}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 flex flex-wrap gap-4">
            <Link href="/practices/mine">{t('allPractices')}</Link>
            <Link href="/practices/new">{t('writePractice')}</Link>
          </p>
        </Panel>

        <Panel id="follows-h" title={t('follows')} testId="my-follows">
          {followCount === 0 && <p className="mt-2">{t('noFollows')}</p>}
          {follows.threads.length > 0 && (
            <>
              <h3 className="mt-3 font-semibold">{t('threads')}</h3>
              <ul className="mt-1 space-y-2">
                {follows.threads.map((th) => (
                  <li key={th.id} className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={{ pathname: '/forum/t/[id]', params: { id: th.id } }}>{th.title}</Link>
                    <Unfollow field="threadId" id={th.id} name={th.title} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {follows.categories.length > 0 && (
            <>
              <h3 className="mt-3 font-semibold">{t('categories')}</h3>
              <ul className="mt-1 space-y-2">
                {follows.categories.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={{ pathname: '/forum/c/[slug]', params: { slug: c.slug } }}>{localised(c, 'name', locale)}</Link>
                    <Unfollow field="categoryId" id={c.id} name={localised(c, 'name', locale)} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {(follows.regions.length > 0 || follows.clusters.length > 0) && (
            <>
              <h3 className="mt-3 font-semibold">{t('territories')}</h3>
              <ul className="mt-1 space-y-2">
                {follows.regions.map((r) => (
                  <li key={r} className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={{ pathname: '/territories/[region]', params: { region: r } }}>{regionName(r, locale)}</Link>
                    <Unfollow field="regionId" id={r} name={regionName(r, locale)} />
                  </li>
                ))}
                {follows.clusters.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={{ pathname: '/districts/[slug]', params: { slug: c.slug } }}>{localised(c, 'name', locale)}</Link>
                    <Unfollow field="clusterId" id={c.id} name={localised(c, 'name', locale)} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </Panel>

        <Panel id="orgs-h" title={t('organisations')} testId="my-organisations">
          {area.memberships.length === 0 ? (
            <p className="mt-2">
              {t('noOrganisations')} <Link href="/network/join">{t('join')}</Link>
            </p>
          ) : (
            <ul className="mt-2 divide-y divide-line">
              {area.memberships.map((m) => (
                <li key={m.organisation.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  <span>
                    <Link href={{ pathname: '/network/members/[slug]', params: { slug: m.organisation.slug } }}>{m.organisation.name}</Link>
                    <span className="ml-2 text-sm text-muted">
                      {m.organisation.contactUserId === user.id
                        ? t('contactPerson')
                        : m.confirmedAt
                          ? t('membershipConfirmed')
                          : t('membershipPending')}
                    </span>
                  </span>
                  {m.organisation.contactUserId === user.id && (
                    <Link href={{ pathname: '/network/members/[slug]/manage', params: { slug: m.organisation.slug } }}>{t('manage')}</Link>
                  )}
                </li>
              ))}
            </ul>
          )}
          {area.adhesions.length > 0 && (
            <>
              <h3 className="mt-3 font-semibold">{t('applications')}</h3>
              <ul className="mt-1 space-y-1" data-testid="my-applications">
                {area.adhesions.map((a) => (
                  <li key={a.id}>
                    {a.orgName} — {tn(`status.${a.status}`)}{' '}
                    <span className="text-sm text-muted">
                      {t('appliedOn', { date: format.dateTime(a.createdAt, { dateStyle: 'medium' }) })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Panel>
      </div>
    </div>
  )
}
