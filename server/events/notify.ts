import 'server-only'
import type { Prisma } from '@/server/db'
import { mailText, sendMail } from '@/server/mail'

type Registrant = { userId: string; user: { email: string; name: string; locale: 'it' | 'en' } }

/**
 * Telling the members registered for one or more dates (confirmed and waitlisted) that something happened:
 * in the app inside the write's transaction, then by e-mail after the commit — a mail server that fails
 * does not undo the change.
 */
export const notifyRegistrants = {
  async inApp(
    tx: Prisma.TransactionClient,
    eventIds: string[],
    kind: 'EVENT_CANCELLED' | 'EVENT_CHANGED',
    title: string,
  ): Promise<Registrant[]> {
    if (!eventIds.length) return []
    const rows = await tx.eventRegistration.findMany({
      where: { eventId: { in: eventIds }, status: { in: ['CONFIRMED', 'WAITLISTED'] } },
      select: { userId: true, user: { select: { email: true, name: true, locale: true } } },
    })
    if (rows.length) await tx.notification.createMany({ data: rows.map((r) => ({ userId: r.userId, kind, text: title })) })
    return rows
  },

  async byMail(registrants: Registrant[], what: 'eventCancelled' | 'eventChanged', title: string) {
    for (const r of registrants) {
      const t = mailText(r.user.locale)
      await sendMail({
        to: r.user.email,
        subject: t(`${what}Subject`, { title }),
        text: t(`${what}Body`, { name: r.user.name, title }),
      }).catch((e: unknown) => console.error('[mail]', e))
    }
  },
}
