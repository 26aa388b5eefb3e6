import 'server-only'
import { notify } from '@/server/notifications/notify'
import { eventMailExtra, eventMailSelect } from '@/server/events/mail'
import { db, isSqlite, type Prisma } from '@/server/db'

export type RegisterOutcome = 'CONFIRMED' | 'WAITLISTED' | 'closed' | 'notFound'

/**
 * Takes a seat if one is free, else a place on the waitlist. The seat is taken by one conditional UPDATE
 * ("confirmedCount < capacity") inside the transaction, so concurrent registrations never overbook, on
 * SQLite (one writer at a time) and on PostgreSQL (the row lock makes the second UPDATE re-check).
 */
export async function register(eventId: string, userId: string, now = new Date()): Promise<RegisterOutcome> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({
      where: { id: eventId },
      select: { status: true, startsAt: true, registrationDeadline: true },
    })
    if (!event) return 'notFound'
    if (event.status !== 'SCHEDULED' || event.startsAt <= now || (event.registrationDeadline && event.registrationDeadline < now))
      return 'closed'
    const existing = await tx.eventRegistration.findUnique({ where: { eventId_userId: { eventId, userId } }, select: { status: true } })
    if (existing && existing.status !== 'CANCELLED') return existing.status
    const seat = await takeSeat(tx, eventId)
    const status = seat ? 'CONFIRMED' : 'WAITLISTED'
    // A re-registration goes to the end of the queue: createdAt orders the waitlist. (Known to exist or not from the
    // read above, inside this transaction: a plain insert or update, one statement either way.)
    if (existing)
      await tx.eventRegistration.update({
        where: { eventId_userId: { eventId, userId } },
        data: { status, createdAt: new Date(), remindedDayBeforeFor: null, remindedHourBeforeFor: null },
      })
    else await tx.eventRegistration.create({ data: { eventId, userId, status }, select: { id: true } })
    // A seat taken is confirmed by mail, with the meeting for the calendar attached.
    if (status === 'CONFIRMED') await notifySeat(tx, eventId, userId, 'EVENT_CONFIRMED')
    return status
  })
}

async function takeSeat(tx: Prisma.TransactionClient, eventId: string): Promise<boolean> {
  const sql = isSqlite()
    ? `UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1 WHERE "id" = ? AND ("capacity" IS NULL OR "confirmedCount" < "capacity")`
    : `UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1 WHERE "id" = $1 AND ("capacity" IS NULL OR "confirmedCount" < "capacity")`
  return (await tx.$executeRawUnsafe(sql, eventId)) === 1
}

/**
 * Cancels a registration. A freed seat goes to the first on the waitlist (who is notified); each promotion
 * is a conditional update, so two cancellations at once never promote the same person twice.
 */
export async function cancelRegistration(eventId: string, userId: string): Promise<{ cancelled: boolean; promotedUserId?: string }> {
  return db.$transaction(async (tx) => {
    const reg = await tx.eventRegistration.findUnique({
      where: { eventId_userId: { eventId, userId } },
      select: { id: true, status: true },
    })
    if (!reg || reg.status === 'CANCELLED') return { cancelled: false }
    const claimed = await tx.eventRegistration.updateMany({ where: { id: reg.id, status: reg.status }, data: { status: 'CANCELLED' } })
    if (claimed.count !== 1) return { cancelled: false }
    if (reg.status !== 'CONFIRMED') return { cancelled: true }
    for (;;) {
      const next = await tx.eventRegistration.findFirst({
        where: { eventId, status: 'WAITLISTED' },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, userId: true },
      })
      if (!next) {
        await tx.event.update({ where: { id: eventId }, data: { confirmedCount: { decrement: 1 } } })
        return { cancelled: true }
      }
      const promoted = await tx.eventRegistration.updateMany({
        where: { id: next.id, status: 'WAITLISTED' },
        data: { status: 'CONFIRMED' },
      })
      if (promoted.count === 1) {
        await notifySeat(tx, eventId, next.userId, 'EVENT_PROMOTED')
        return { cancelled: true, promotedUserId: next.userId }
      }
    }
  })
}

/** "You are registered" / "a seat is yours": in the app, and by mail with the time, the online link and the .ics. */
async function notifySeat(tx: Prisma.TransactionClient, eventId: string, userId: string, kind: 'EVENT_CONFIRMED' | 'EVENT_PROMOTED') {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: eventMailSelect })
  await notify(tx, [{ userId, kind, eventId, text: event.title }], (_r, locale) =>
    eventMailExtra(event, locale, { confirmed: true, attach: true }),
  )
}

/** The member's place on the waitlist (1 = next), or null. */
export async function waitlistPosition(eventId: string, userId: string): Promise<number | null> {
  const reg = await db.eventRegistration.findUnique({
    where: { eventId_userId: { eventId, userId } },
    select: { status: true, createdAt: true, id: true },
  })
  if (!reg || reg.status !== 'WAITLISTED') return null
  const ahead = await db.eventRegistration.count({
    where: { eventId, status: 'WAITLISTED', OR: [{ createdAt: { lt: reg.createdAt } }, { createdAt: reg.createdAt, id: { lt: reg.id } }] },
  })
  return ahead + 1
}
