import 'server-only'
import { TZDate } from '@date-fns/tz'
import { db } from '@/server/db'
import { NETWORK_TZ } from '@/lib/dates'
import { mailText } from '@/server/mail'
import { notify } from '@/server/notifications/notify'
import { eventMailExtra, eventMailSelect } from '@/server/events/mail'

// Meeting reminders (issue 14). Each meeting says which reminders its confirmed attendees get: none, an hour before,
// the day before, or both. "The day before" is the same Rome wall-clock time on the previous day — a meeting at
// 10:00 on the Monday after the clocks change is reminded at 10:00 on Sunday, 23 or 25 real hours before. The
// scheduler runs this every few minutes; each registration records the start it was reminded for (a conditional
// update claims it), so a reminder goes out once, and again only if the meeting moves.

export type ReminderSlot = 'day' | 'hour'

/** When a slot's reminder is due for a meeting starting at `startsAt`. */
export function reminderDueAt(startsAt: Date, slot: ReminderSlot): Date {
  if (slot === 'hour') return new Date(startsAt.getTime() - 3_600_000)
  const t = new TZDate(startsAt.getTime(), NETWORK_TZ)
  t.setDate(t.getDate() - 1)
  return new Date(t.getTime())
}

const SLOTS = { NONE: [], H1: ['hour'], H24: ['day'], BOTH: ['day', 'hour'] } as const satisfies Record<string, readonly ReminderSlot[]>

/** Sends the reminders that are due at `now`; returns how many members were reminded. */
export async function sendDueReminders(now = new Date()): Promise<number> {
  // The day-before reminder is due at most 25 hours before (a DST change); nothing earlier needs looking at.
  const events = await db.event.findMany({
    where: { status: 'SCHEDULED', reminders: { not: 'NONE' }, startsAt: { gt: now, lte: new Date(now.getTime() + 26 * 3_600_000) } },
    select: { ...eventMailSelect, reminders: true },
  })
  let reminded = 0
  for (const event of events) {
    const due = SLOTS[event.reminders].filter((slot) => now >= reminderDueAt(event.startsAt, slot))
    // Both due (the app was down for hours): the hour-before reminder alone says it.
    for (const slot of due.length > 1 ? (['hour'] as const) : due) {
      const dueAt = reminderDueAt(event.startsAt, slot)
      const field = slot === 'day' ? 'remindedDayBeforeFor' : 'remindedHourBeforeFor'
      // Those registered before it was due (a member who registers an hour before gets the confirmation instead).
      const regs = await db.eventRegistration.findMany({
        where: {
          eventId: event.id,
          status: 'CONFIRMED',
          createdAt: { lte: dueAt },
          OR: [{ [field]: null }, { [field]: { not: event.startsAt } }],
        },
        select: { id: true, userId: true },
      })
      for (const reg of regs) {
        const sent = await db.$transaction(async (tx) => {
          const claim = await tx.eventRegistration.updateMany({
            where: { id: reg.id, status: 'CONFIRMED', OR: [{ [field]: null }, { [field]: { not: event.startsAt } }] },
            data: { [field]: event.startsAt },
          })
          if (claim.count !== 1) return false
          await notify(tx, [{ userId: reg.userId, kind: 'EVENT_REMINDER', eventId: event.id, text: event.title }], (_r, locale) =>
            eventMailExtra(event, locale, {
              confirmed: true,
              lead: mailText(locale)(slot === 'day' ? 'eventRemindDay' : 'eventRemindHour'),
            }),
          )
          return true
        })
        if (sent) reminded++
      }
    }
  }
  return reminded
}
