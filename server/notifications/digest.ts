import 'server-only'
import { TZDate } from '@date-fns/tz'
import { localePath } from '@/lib/paths'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { mailText, sendMail } from '@/server/mail'
import { NETWORK_TZ } from '@/lib/dates'
import { romeDay } from '@/lib/calendar'
import { DEFAULT_CHANNEL, type NotificationKind } from '@/lib/notification-mail'
import { actorNames, notificationLink, notificationSentence } from '@/server/notifications/notify'
import { preferencesUrl, unsubscribeUrl } from '@/server/notifications/unsubscribe'

// The daily and weekly digests (issue 14). A digest is made of the member's own in-app notifications of the
// period — those of the kinds they get "in the daily/weekly summary" (what they follow, by default) — that they
// have not read yet. Sent at a fixed Rome time by the scheduler; a member with nothing new gets nothing. Its
// idempotency key (member, period, Rome date) means a second run of the same schedule never sends it twice.

export type DigestPeriod = 'DAILY' | 'WEEKLY'
export const DIGEST_KINDS = { DAILY: 'DIGEST_DAILY', WEEKLY: 'DIGEST_WEEKLY' } as const
/** Items listed in one digest; the rest are counted, with a link to all notifications. */
const MAX_ITEMS = 30

/** The period a digest sent at `now` covers: the same Rome wall-clock time one day (or a week) before, up to now. */
export function digestWindow(period: DigestPeriod, now: Date): { since: Date; until: Date } {
  const t = new TZDate(now.getTime(), NETWORK_TZ)
  t.setDate(t.getDate() - (period === 'DAILY' ? 1 : 7))
  return { since: new Date(t.getTime()), until: now }
}

export async function sendDigests(period: DigestPeriod, now = new Date()): Promise<{ members: number; items: number }> {
  const { since, until } = digestWindow(period, now)
  const rows = await db.notification.findMany({
    where: { createdAt: { gte: since, lt: until }, readAt: null, resolvedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      userId: true,
      kind: true,
      text: true,
      actorId: true,
      threadId: true,
      postNumber: true,
      practiceId: true,
      adhesionId: true,
      eventId: true,
    },
  })
  if (rows.length === 0) return { members: 0, items: 0 }
  const userIds = [...new Set(rows.map((r) => r.userId))]
  const [prefs, users, actors] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: { in: userIds } }, select: { userId: true, kind: true, channel: true } }),
    db.user.findMany({
      where: { id: { in: userIds }, deletedAt: null, suspendedAt: null },
      select: { id: true, email: true, name: true, locale: true },
    }),
    actorNames(db, [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))]),
  ])
  const chosen = new Map(prefs.map((p) => [`${p.userId}:${p.kind}`, p.channel]))
  const channel = (userId: string, kind: NotificationKind) => chosen.get(`${userId}:${kind}`) ?? DEFAULT_CHANNEL[kind]
  const byUser = new Map<string, typeof rows>()
  for (const r of rows) {
    const list = byUser.get(r.userId)
    if (list) list.push(r)
    else byUser.set(r.userId, [r])
  }
  let members = 0
  let items = 0
  for (const user of users) {
    const mine = (byUser.get(user.id) ?? []).filter((r) => channel(user.id, r.kind) === period)
    if (mine.length === 0) continue
    const t = mailText(user.locale)
    const shown = mine.slice(-MAX_ITEMS).reverse() // newest first
    const lines = shown.flatMap((r) => [
      `• ${notificationSentence(r, user.locale, r.actorId ? actors.get(r.actorId) : undefined)}`,
      `  ${notificationLink(r, user.locale)}`,
    ])
    const all = env().APP_URL + localePath('/notifications', user.locale)
    const kind = DIGEST_KINDS[period]
    await sendMail({
      to: user.email,
      kind,
      userId: user.id,
      locale: user.locale,
      idempotencyKey: `digest:${period}:${user.id}:${romeDay(now)}`,
      subject: t(period === 'DAILY' ? 'digestDailySubject' : 'digestWeeklySubject', { count: mine.length }),
      text: [
        t('notificationGreeting', { name: user.name }),
        t(period === 'DAILY' ? 'digestLeadDaily' : 'digestLeadWeekly'),
        '',
        ...lines,
        '',
        t('digestAll', { url: all }),
        '',
        '—',
        t('notificationPreferences', { url: preferencesUrl(user.locale) }),
        t('notificationUnsubscribe', { url: unsubscribeUrl(user.id, kind) }),
      ].join('\n'),
    })
    members++
    items += mine.length
  }
  return { members, items }
}
