import 'server-only'
import { db, type EventType } from '@/server/db'

const listSelect = {
  id: true, title: true, type: true, startsAt: true, endsAt: true, city: true, regionId: true, status: true, capacity: true, confirmedCount: true, onlineUrl: true,
} as const

/** Upcoming events (soonest first) or past ones (latest first), over the (startsAt, id) index. */
export async function listEvents({ past = false, now = new Date(), type, regionId }: { past?: boolean; now?: Date; type?: EventType; regionId?: string } = {}) {
  const rows = await db.event.findMany({
    where: { ...(past ? { endsAt: { lt: now } } : { endsAt: { gte: now } }), ...(type ? { type } : {}), ...(regionId ? { regionId } : {}) },
    orderBy: past ? [{ startsAt: 'desc' }, { id: 'desc' }] : [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 200,
    select: listSelect,
  })
  return rows.map(({ onlineUrl, ...e }) => ({ ...e, online: !!onlineUrl }))
}

export async function getEvent(id: string, userId?: string) {
  const event = await db.event.findUnique({
    where: { id },
    select: {
      ...listSelect, description: true, descriptionHtml: true, address: true, registrationDeadline: true, organiserId: true, sequence: true, createdAt: true, updatedAt: true,
      organiser: { select: { name: true } },
    },
  })
  if (!event) return null
  const [mine, waitlisted] = await Promise.all([
    userId ? db.eventRegistration.findUnique({ where: { eventId_userId: { eventId: id, userId } }, select: { status: true } }) : null,
    db.eventRegistration.count({ where: { eventId: id, status: 'WAITLISTED' } }),
  ])
  return { ...event, myStatus: mine?.status ?? null, waitlisted }
}

export async function listAttendees(eventId: string) {
  return db.eventRegistration.findMany({
    where: { eventId, status: { in: ['CONFIRMED', 'WAITLISTED'] } },
    orderBy: [{ status: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    select: { status: true, createdAt: true, user: { select: { name: true, email: true } } },
  })
}

export async function eventsForFeed(filter: { id?: string; regionId?: string } = {}) {
  return db.event.findMany({
    where: { ...(filter.id ? { id: filter.id } : {}), ...(filter.regionId ? { regionId: filter.regionId } : {}) },
    orderBy: { startsAt: 'asc' },
    take: 1000,
    select: { id: true, title: true, description: true, startsAt: true, endsAt: true, allDay: true, address: true, city: true, status: true, sequence: true, createdAt: true, updatedAt: true, organiser: { select: { name: true } } },
  })
}

/** Events a thread can be linked to: the latest 200 by start. */
export async function listEventChoices() {
  return db.event.findMany({ orderBy: [{ startsAt: 'desc' }, { id: 'desc' }], take: 200, select: { id: true, title: true } })
}

export async function listEventThreads(eventId: string) {
  return db.thread.findMany({ where: { eventId, deletedAt: null }, orderBy: { createdAt: 'asc' }, take: 50, select: { id: true, title: true, postCount: true } })
}

export async function getEventTitle(id: string) {
  return db.event.findUnique({ where: { id }, select: { id: true, title: true } })
}
