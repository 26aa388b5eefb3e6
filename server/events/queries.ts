import 'server-only'
import { db, type AttendanceMode, type EventType } from '@/server/db'
import { attendanceModes } from '@/lib/events'

const listSelect = {
  id: true,
  title: true,
  type: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  city: true,
  regionId: true,
  status: true,
  capacity: true,
  confirmedCount: true,
  onlineCapacity: true,
  onlineConfirmedCount: true,
  registrationDeadline: true,
  address: true,
  onlineUrl: true,
  organisation: { select: { name: true, slug: true } },
} as const

export type EventFilter = { type?: EventType; regionId?: string; clusterId?: string; organisationId?: string }

const filterWhere = (f: EventFilter) => ({
  ...(f.type ? { type: f.type } : {}),
  ...(f.regionId ? { regionId: f.regionId } : {}),
  ...(f.clusterId ? { clusterId: f.clusterId } : {}),
  ...(f.organisationId ? { organisationId: f.organisationId } : {}),
})

/** Upcoming events (soonest first) or past ones (latest first), over the (startsAt, id) index. */
export async function listEvents({ past = false, now = new Date(), ...filter }: { past?: boolean; now?: Date } & EventFilter = {}) {
  const rows = await db.event.findMany({
    where: { ...(past ? { endsAt: { lt: now } } : { endsAt: { gte: now } }), ...filterWhere(filter) },
    orderBy: past ? [{ startsAt: 'desc' }, { id: 'desc' }] : [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 200,
    select: listSelect,
  })
  return rows.map(listed)
}

/** A listed meeting: whether it has a link (never the link itself) and which ways of attending it offers. */
function listed<E extends { onlineUrl: string | null; address: string | null }>({ onlineUrl, ...e }: E) {
  return { ...e, online: !!onlineUrl, modes: attendanceModes({ address: e.address, onlineUrl }) }
}

/**
 * Events that overlap [from, to) — for the month grid and the week. Meetings last hours or days, so those
 * starting up to 31 days before `from` are enough to catch the ones still running; the start index bounds both ends.
 */
export async function listEventsBetween(from: Date, to: Date, filter: EventFilter = {}) {
  const rows = await db.event.findMany({
    where: { startsAt: { gte: new Date(from.getTime() - 31 * 86_400_000), lt: to }, endsAt: { gt: from }, ...filterWhere(filter) },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select: listSelect,
  })
  return rows.map(listed)
}

/** Organisations that organise at least one event: the organiser filter's choices. */
export async function listEventOrganisations() {
  return db.organisation.findMany({
    where: { events: { some: {} } },
    orderBy: { name: 'asc' },
    take: 300,
    select: { id: true, name: true },
  })
}

export async function getEvent(id: string, userId?: string) {
  const event = await db.event.findUnique({
    where: { id },
    select: {
      ...listSelect,
      description: true,
      descriptionHtml: true,
      organiserId: true,
      sequence: true,
      createdAt: true,
      updatedAt: true,
      organisationId: true,
      clusterId: true,
      caseStudySlug: true,
      reminders: true,
      seriesId: true,
      organiser: { select: { name: true } },
      organisation: { select: { id: true, name: true, slug: true } },
      cluster: { select: { id: true, slug: true, nameIt: true, nameEn: true } },
    },
  })
  if (!event) return null
  const [mine, waitlisted, series, materials] = await Promise.all([
    userId
      ? db.eventRegistration.findUnique({ where: { eventId_userId: { eventId: id, userId } }, select: { status: true, mode: true } })
      : null,
    db.eventRegistration.count({ where: { eventId: id, status: 'WAITLISTED' } }),
    event.seriesId
      ? db.event.findMany({
          where: { seriesId: event.seriesId },
          orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          take: 30,
          select: { id: true, startsAt: true, status: true, recurrenceRule: true },
        })
      : [],
    db.eventMaterial.findMany({
      where: { eventId: id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, kind: true, title: true, url: true, fileName: true, mimeType: true, size: true },
    }),
  ])
  return {
    ...event,
    myStatus: mine?.status ?? null,
    myMode: mine?.mode ?? null,
    myPosition: mine?.status === 'WAITLISTED' && userId ? await waitlistPosition(id, userId) : null,
    modes: attendanceModes(event),
    waitlisted,
    series,
    rule: series.find((s) => s.recurrenceRule)?.recurrenceRule ?? null,
    materials,
  }
}

export async function listAttendees(eventId: string) {
  return db.eventRegistration.findMany({
    where: { eventId, status: { in: ['CONFIRMED', 'WAITLISTED'] } },
    orderBy: [{ status: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    select: {
      status: true,
      mode: true,
      createdAt: true,
      user: {
        select: {
          name: true,
          email: true,
          memberships: { where: { confirmedAt: { not: null } }, select: { organisation: { select: { name: true } } } },
        },
      },
    },
  })
}

/** What a calendar file needs of an event (lib/ical.ts FeedEvent); meeting mails add the online link. */
export const feedEventSelect = {
  id: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  address: true,
  city: true,
  status: true,
  sequence: true,
  createdAt: true,
  updatedAt: true,
  seriesId: true,
  recurrenceRule: true,
  originalStart: true,
  organiser: { select: { name: true } },
} as const

/** Events for an iCalendar feed: the last year and everything ahead, at most 2,000. */
export async function eventsForFeed(filter: { id?: string; regionId?: string; clusterId?: string } = {}, now = new Date()) {
  return db.event.findMany({
    where: {
      ...(filter.id ? { id: filter.id } : { startsAt: { gte: new Date(now.getTime() - 366 * 86_400_000) } }),
      ...(filter.regionId ? { regionId: filter.regionId } : {}),
      ...(filter.clusterId ? { clusterId: filter.clusterId } : {}),
    },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 2000,
    select: feedEventSelect,
  })
}

/** Events a thread can be linked to: the latest 200 by start. */
export async function listEventChoices() {
  return db.event.findMany({ orderBy: [{ startsAt: 'desc' }, { id: 'desc' }], take: 200, select: { id: true, title: true } })
}

export async function listEventThreads(eventId: string) {
  return db.thread.findMany({
    where: { eventId, deletedAt: null },
    orderBy: { createdAt: 'asc' },
    take: 50,
    select: { id: true, title: true, postCount: true },
  })
}

export async function getEventTitle(id: string) {
  return db.event.findUnique({ where: { id }, select: { id: true, title: true } })
}

/** An uploaded material's stored name and type (the bytes are in server/events/materials.ts). */
export async function getMaterialFile(id: string) {
  return db.eventMaterial.findUnique({ where: { id }, select: { fileName: true, mimeType: true } })
}

/** Just enough of an event to authorise and name its feed or attendee list. */
export async function getEventRef(id: string) {
  return db.event.findUnique({ where: { id }, select: { id: true, organiserId: true, title: true } })
}

/**
 * A member's registrations (confirmed or waiting), upcoming soonest first or past latest first, each with its mode
 * and, when waiting, the place in that mode's waitlist.
 */
export async function myRegistrations(userId: string, { past = false, now = new Date(), take = 50 } = {}) {
  const rows = await db.eventRegistration.findMany({
    where: { userId, status: { in: ['CONFIRMED', 'WAITLISTED'] }, event: past ? { endsAt: { lt: now } } : { endsAt: { gte: now } } },
    orderBy: { event: { startsAt: past ? 'desc' : 'asc' } },
    take,
    select: {
      id: true,
      status: true,
      mode: true,
      createdAt: true,
      event: { select: { id: true, title: true, startsAt: true, endsAt: true, allDay: true, status: true, city: true } },
    },
  })
  const positions = await waitlistPositions(rows.filter((r) => r.status === 'WAITLISTED').map((r) => ({ ...r, eventId: r.event.id })))
  return rows.map(({ id, createdAt: _createdAt, ...r }) => ({ ...r, position: positions.get(id) ?? null }))
}

type Waiting = { id: string; eventId: string; mode: AttendanceMode; createdAt: Date }

/**
 * Waitlist places (1 = next) of several registrations in one query: the rows ahead of each one in its event and
 * mode's queue (ordered by createdAt, then id — the order seats are given in), counted in memory.
 */
async function waitlistPositions(waiting: Waiting[]): Promise<Map<string, number>> {
  if (waiting.length === 0) return new Map()
  const queued = await db.eventRegistration.findMany({
    where: {
      status: 'WAITLISTED',
      OR: waiting.map((w) => ({ eventId: w.eventId, mode: w.mode, createdAt: { lte: w.createdAt } })),
    },
    select: { id: true, eventId: true, mode: true, createdAt: true },
  })
  const before = (a: Waiting, b: Waiting) =>
    a.createdAt.getTime() < b.createdAt.getTime() || (a.createdAt.getTime() === b.createdAt.getTime() && a.id < b.id)
  return new Map(waiting.map((w) => [w.id, 1 + queued.filter((q) => q.eventId === w.eventId && q.mode === w.mode && before(q, w)).length]))
}

/** The member's place on their mode's waitlist (1 = next), or null. */
export async function waitlistPosition(eventId: string, userId: string): Promise<number | null> {
  const reg = await db.eventRegistration.findUnique({
    where: { eventId_userId: { eventId, userId } },
    select: { status: true, createdAt: true, id: true, mode: true },
  })
  if (!reg || reg.status !== 'WAITLISTED') return null
  const ahead = await db.eventRegistration.count({
    where: {
      eventId,
      mode: reg.mode,
      status: 'WAITLISTED',
      OR: [{ createdAt: { lt: reg.createdAt } }, { createdAt: reg.createdAt, id: { lt: reg.id } }],
    },
  })
  return ahead + 1
}
