import ical, { ICalEventStatus } from 'ical-generator'
import { db } from '@/server/db'
import { getCurrentUser } from '@/server/auth/session'
import { eventsForFeed, listAttendees } from '@/server/queries/events'
import { canManageEvent } from '@/lib/policies'
import { getPathname } from '@/i18n/navigation'
import { env } from '@/server/env'
import { REGIONS } from '@/lib/territory'

// /feeds/events/all.ics — every event (subscribable); /feeds/events/region-<region>.ics — one region's;
// /feeds/events/<id>.ics — one event;
// /feeds/events/<id>.csv — the attendee list, for the event's organiser or an admin.
export const dynamic = 'force-dynamic'

type FeedEvent = Awaited<ReturnType<typeof eventsForFeed>>[number]

function calendar(name: string, events: FeedEvent[]) {
  const base = env().APP_URL
  const cal = ical({ name, prodId: { company: 'Rete Cartesio', product: 'Cartesio', language: 'IT' }, ttl: 3600 })
  cal.x([{ key: 'X-WR-TIMEZONE', value: 'Europe/Rome' }])
  for (const e of events) {
    cal.createEvent({
      id: `${e.id}@cartesio`,
      start: e.startsAt,
      end: e.endsAt,
      allDay: e.allDay,
      stamp: e.updatedAt,
      created: e.createdAt,
      lastModified: e.updatedAt,
      sequence: e.sequence,
      summary: e.title,
      description: e.description,
      location: [e.address, e.city].filter(Boolean).join(', ') || null,
      url: base + getPathname({ href: { pathname: '/events/[id]', params: { id: e.id } }, locale: 'it' }),
      status: e.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: { name: e.organiser.name, email: 'no-reply@cartesio.invalid' },
    })
  }
  return cal.toString()
}

const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`

export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const { file } = await ctx.params
  const m = /^([a-z0-9-]{1,60})\.(ics|csv)$/.exec(file)
  if (!m) return new Response('Not found', { status: 404 })
  const [, name, ext] = m as unknown as [string, string, 'ics' | 'csv']
  const ics = (body: string, filename: string) =>
    new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `inline; filename="${filename}"` } })

  if (ext === 'ics' && name === 'all') return ics(calendar('Cartesio — eventi della Rete Cartesio', await eventsForFeed()), 'cartesio.ics')
  if (ext === 'ics' && name.startsWith('region-')) {
    const region = REGIONS.find((r) => `region-${r.id}` === name)
    if (!region) return new Response('Not found', { status: 404 })
    return ics(calendar(`Cartesio — eventi in ${region.nameIt}`, await eventsForFeed({ regionId: region.id })), `cartesio-${region.id}.ics`)
  }

  const event = await db.event.findUnique({ where: { id: name }, select: { id: true, organiserId: true, title: true } })
  if (!event) return new Response('Not found', { status: 404 })
  if (ext === 'ics') {
    const one = await eventsForFeed({ id: event.id })
    return ics(calendar(event.title, one), `${event.id}.ics`)
  }
  const user = await getCurrentUser()
  if (!canManageEvent(user, event)) return new Response('Forbidden', { status: user ? 403 : 401 })
  const rows = await listAttendees(event.id)
  const csv = ['name,email,status,registered_at', ...rows.map((r) => [r.user.name, r.user.email, r.status, r.createdAt.toISOString()].map(csvCell).join(','))].join('\r\n')
  return new Response('\uFEFF' + csv + '\r\n', {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="iscritti-${event.id}.csv"`, 'Cache-Control': 'private, no-store' },
  })
}
