import 'server-only'
import { notify } from '@/server/notifications/notify'
import { eventMailExtra, eventMailSelect } from '@/server/events/mail'
import { db, isSqlite, type AttendanceMode, type Prisma } from '@/server/db'
import { attendanceModes, closedReason } from '@/lib/events'

export type RegisterOutcome = 'CONFIRMED' | 'WAITLISTED' | 'closed' | 'notFound' | 'modeUnavailable' | 'full'

/**
 * Takes a seat in the chosen mode (in the room, or online) if one is free, else a place on that mode's waitlist.
 * A member already registered who picks the other mode switches: with a seat free there they move (their old
 * seat goes to the first on its waitlist); a confirmed member keeps their seat when the other mode is full
 * ("full"), a waitlisted one moves to the end of the other mode's waitlist.
 *
 * Each seat is taken by one conditional UPDATE ("count < capacity") inside the transaction, so concurrent
 * registrations never overbook either mode, on SQLite (one writer at a time) and on PostgreSQL (the row lock makes
 * the second UPDATE re-check).
 */
export async function register(
  eventId: string,
  userId: string,
  { mode: wanted, now = new Date() }: { mode?: AttendanceMode; now?: Date } = {},
): Promise<RegisterOutcome> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({
      where: { id: eventId },
      select: { status: true, startsAt: true, registrationDeadline: true, address: true, onlineUrl: true },
    })
    if (!event) return 'notFound'
    if (closedReason(event, now)) return 'closed'
    const modes = attendanceModes(event)
    const mode = wanted ?? modes[0]!
    if (!modes.includes(mode)) return 'modeUnavailable'
    const existing = await tx.eventRegistration.findUnique({
      where: { eventId_userId: { eventId, userId } },
      select: { id: true, status: true, mode: true },
    })
    const active = existing && existing.status !== 'CANCELLED' ? existing : null
    if (active && active.mode === mode) return active.status as 'CONFIRMED' | 'WAITLISTED'
    if (active) {
      // A switch. Claiming the row first (a conditional update) locks it on PostgreSQL and makes a concurrent
      // cancellation or switch of the same registration lose cleanly.
      const claimed = await tx.eventRegistration.updateMany({
        where: { id: active.id, status: active.status, mode: active.mode },
        data: { updatedAt: new Date() },
      })
      if (claimed.count !== 1) return 'full'
      const seat = await takeSeat(tx, eventId, mode)
      if (!seat && active.status === 'CONFIRMED') return 'full'
      const status = seat ? 'CONFIRMED' : 'WAITLISTED'
      await tx.eventRegistration.update({
        where: { id: active.id },
        data: { status, mode, createdAt: new Date(), remindedDayBeforeFor: null, remindedHourBeforeFor: null },
      })
      if (active.status === 'CONFIRMED') await releaseSeat(tx, eventId, active.mode)
      if (status === 'CONFIRMED') await notifySeat(tx, eventId, userId, 'EVENT_CONFIRMED')
      return status
    }
    const seat = await takeSeat(tx, eventId, mode)
    const status = seat ? 'CONFIRMED' : 'WAITLISTED'
    // A re-registration goes to the end of the queue: createdAt orders the waitlist. (Known to exist or not from the
    // read above, inside this transaction: a plain insert or update, one statement either way.)
    if (existing)
      await tx.eventRegistration.update({
        where: { eventId_userId: { eventId, userId } },
        data: { status, mode, createdAt: new Date(), remindedDayBeforeFor: null, remindedHourBeforeFor: null },
      })
    else await tx.eventRegistration.create({ data: { eventId, userId, status, mode }, select: { id: true } })
    // A seat taken is confirmed by mail, with the meeting for the calendar attached.
    if (status === 'CONFIRMED') await notifySeat(tx, eventId, userId, 'EVENT_CONFIRMED')
    return status
  })
}

const COLUMNS = {
  IN_PERSON: { count: '"confirmedCount"', capacity: '"capacity"' },
  ONLINE: { count: '"onlineConfirmedCount"', capacity: '"onlineCapacity"' },
} as const

async function takeSeat(tx: Prisma.TransactionClient, eventId: string, mode: AttendanceMode): Promise<boolean> {
  const { count, capacity } = COLUMNS[mode]
  const sql = `UPDATE "Event" SET ${count} = ${count} + 1 WHERE "id" = ${isSqlite() ? '?' : '$1'} AND (${capacity} IS NULL OR ${count} < ${capacity})`
  return (await tx.$executeRawUnsafe(sql, eventId)) === 1
}

/**
 * A seat of this mode was freed: it goes to the first on that mode's waitlist (who is notified), or the count
 * goes down. Each promotion is a conditional update, so two frees at once never promote the same person twice.
 */
async function releaseSeat(tx: Prisma.TransactionClient, eventId: string, mode: AttendanceMode): Promise<string | undefined> {
  for (;;) {
    const next = await tx.eventRegistration.findFirst({
      where: { eventId, mode, status: 'WAITLISTED' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, userId: true },
    })
    if (!next) {
      await tx.event.update({
        where: { id: eventId },
        data: mode === 'ONLINE' ? { onlineConfirmedCount: { decrement: 1 } } : { confirmedCount: { decrement: 1 } },
      })
      return undefined
    }
    const promoted = await tx.eventRegistration.updateMany({ where: { id: next.id, status: 'WAITLISTED' }, data: { status: 'CONFIRMED' } })
    if (promoted.count === 1) {
      await notifySeat(tx, eventId, next.userId, 'EVENT_PROMOTED')
      return next.userId
    }
  }
}

/** Cancels a registration; a freed seat goes to the first on the same mode's waitlist. */
export async function cancelRegistration(eventId: string, userId: string): Promise<{ cancelled: boolean; promotedUserId?: string }> {
  return db.$transaction(async (tx) => {
    const reg = await tx.eventRegistration.findUnique({
      where: { eventId_userId: { eventId, userId } },
      select: { id: true, status: true, mode: true },
    })
    if (!reg || reg.status === 'CANCELLED') return { cancelled: false }
    const claimed = await tx.eventRegistration.updateMany({ where: { id: reg.id, status: reg.status }, data: { status: 'CANCELLED' } })
    if (claimed.count !== 1) return { cancelled: false }
    if (reg.status !== 'CONFIRMED') return { cancelled: true }
    const promotedUserId = await releaseSeat(tx, eventId, reg.mode)
    return promotedUserId ? { cancelled: true, promotedUserId } : { cancelled: true }
  })
}

/** "You are registered" / "a seat is yours": in the app, and by mail with the time, the online link and the .ics. */
async function notifySeat(tx: Prisma.TransactionClient, eventId: string, userId: string, kind: 'EVENT_CONFIRMED' | 'EVENT_PROMOTED') {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: eventMailSelect })
  await notify(tx, [{ userId, kind, eventId, text: event.title }], (_r, locale) =>
    eventMailExtra(event, locale, { confirmed: true, attach: true }),
  )
}

// The waitlist position lives with the queries (pages read it); commands and tests import it from here too.
export { waitlistPosition } from '@/server/events/queries'
