import 'server-only'
import type { Prisma } from '@/server/db'
import { notify, type NotificationRow } from '@/server/notifications/notify'
import { eventMailExtra, eventMailSelect } from '@/server/events/mail'

/**
 * Telling the members registered for one or more dates (confirmed and waitlisted) that something happened, in the
 * same transaction as the change: in the app, and by mail as each member chose (at once by default). A changed
 * meeting's mail carries the new time and, for confirmed attendees, the updated calendar file (a new SEQUENCE).
 */
export async function notifyRegistrants(
  tx: Prisma.TransactionClient,
  eventIds: string[],
  kind: 'EVENT_CANCELLED' | 'EVENT_CHANGED' | 'EVENT_MINUTES',
  actorId: string,
  { oncePerMember = false }: { oncePerMember?: boolean } = {},
) {
  if (!eventIds.length) return
  const [regs, events] = await Promise.all([
    tx.eventRegistration.findMany({
      where: { eventId: { in: eventIds }, status: kind === 'EVENT_MINUTES' ? 'CONFIRMED' : { in: ['CONFIRMED', 'WAITLISTED'] } },
      select: { userId: true, eventId: true, status: true },
    }),
    tx.event.findMany({ where: { id: { in: eventIds } }, select: eventMailSelect }),
  ])
  const byId = new Map(events.map((e) => [e.id, e]))
  const confirmed = new Set(regs.filter((r) => r.status === 'CONFIRMED').map((r) => `${r.eventId}:${r.userId}`))
  // Several dates of a series at once: each member hears once, about the first of their dates (eventIds are in date order).
  const order = new Map(eventIds.map((id, i) => [id, i]))
  const seen = new Set<string>()
  const chosen = oncePerMember
    ? [...regs].sort((a, b) => order.get(a.eventId)! - order.get(b.eventId)!).filter((r) => !seen.has(r.userId) && !!seen.add(r.userId))
    : regs
  const rows: NotificationRow[] = chosen.map((r) => ({
    userId: r.userId,
    kind,
    actorId,
    eventId: r.eventId,
    text: byId.get(r.eventId)!.title,
  }))
  await notify(tx, rows, (r, locale) => {
    if (kind === 'EVENT_MINUTES') return undefined
    const isConfirmed = confirmed.has(`${r.eventId}:${r.userId}`)
    return eventMailExtra(byId.get(r.eventId!)!, locale, { confirmed: isConfirmed, attach: kind === 'EVENT_CHANGED' && isConfirmed })
  })
}
