import { buildCalendar } from '@/lib/ical'
import { csvDelimiter, toCsv } from '@/lib/csv'
import { createTranslator } from 'use-intl/core'
import it from '@/messages/it.json'
import en from '@/messages/en.json'
import { getClusterBySlug } from '@/server/territories/queries'
import { getCurrentUser } from '@/server/auth/session'
import { eventsForFeed, getEventRef, listAttendees } from '@/server/events/queries'
import { canManageEvent } from '@/lib/policies'
import { getPathname } from '@/i18n/navigation'
import { env } from '@/server/env'
import { REGIONS } from '@/lib/territory'

// /feeds/events/all.ics — every event (subscribable); /feeds/events/region-<region>.ics — one region's;
// /feeds/events/cluster-<slug>.ics — one cluster's or district's; /feeds/events/<id>.ics — one event;
// /feeds/events/<id>.csv[?lang=en] — the attendee list, for the event's organiser or an admin.
export const dynamic = 'force-dynamic'

const eventUrl = (id: string) => env().APP_URL + getPathname({ href: { pathname: '/events/[id]', params: { id } }, locale: 'it' })
const calendar = (name: string, events: Awaited<ReturnType<typeof eventsForFeed>>) => buildCalendar(name, events, eventUrl)

export async function GET(req: Request, ctx: { params: Promise<{ file: string }> }) {
  const { file } = await ctx.params
  const m = /^([a-z0-9-]{1,60})\.(ics|csv)$/.exec(file)
  if (!m) return new Response('Not found', { status: 404 })
  const [, name, ext] = m as unknown as [string, string, 'ics' | 'csv']
  const ics = (body: string, filename: string) =>
    new Response(body, {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `inline; filename="${filename}"` },
    })

  if (ext === 'ics' && name === 'all') return ics(calendar('Cartesio — eventi della Rete Cartesio', await eventsForFeed()), 'cartesio.ics')
  if (ext === 'ics' && name.startsWith('region-')) {
    const region = REGIONS.find((r) => `region-${r.id}` === name)
    if (!region) return new Response('Not found', { status: 404 })
    return ics(calendar(`Cartesio — eventi in ${region.nameIt}`, await eventsForFeed({ regionId: region.id })), `cartesio-${region.id}.ics`)
  }

  if (ext === 'ics' && name.startsWith('cluster-')) {
    const cluster = await getClusterBySlug(name.slice('cluster-'.length))
    if (!cluster) return new Response('Not found', { status: 404 })
    return ics(calendar(`Cartesio — eventi: ${cluster.nameIt}`, await eventsForFeed({ clusterId: cluster.id })), `${name}.ics`)
  }

  const event = await getEventRef(name)
  if (!event) return new Response('Not found', { status: 404 })
  if (ext === 'ics') {
    const one = await eventsForFeed({ id: event.id })
    return ics(calendar(event.title, one), `${event.id}.ics`)
  }
  const user = await getCurrentUser()
  if (!canManageEvent(user, event)) return new Response('Forbidden', { status: user ? 403 : 401 })
  // The reader's language (?lang=en from the English page): headers, statuses, Rome times and the separator.
  const locale = new URL(req.url).searchParams.get('lang') === 'en' ? 'en' : 'it'
  const t = createTranslator({ locale, messages: locale === 'en' ? en : it, namespace: 'attendeesCsv' })
  const when = new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    timeZone: 'Europe/Rome',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const rows = await listAttendees(event.id)
  const csv = toCsv(
    [
      [t('name'), t('email'), t('organisation'), t('mode'), t('status'), t('registeredAt')],
      ...rows.map((r) => [
        r.user.name,
        r.user.email,
        r.user.memberships.map((m) => m.organisation.name).join(', '),
        t(`modes.${r.mode}`),
        t(`statuses.${r.status as 'CONFIRMED' | 'WAITLISTED'}`),
        when.format(r.createdAt),
      ]),
    ],
    { delimiter: csvDelimiter(locale) },
  )
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${locale === 'it' ? 'iscritti' : 'attendees'}-${event.id}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
