import 'server-only'
import crypto from 'node:crypto'
import { db } from '@/server/db'
import { authSecret, env } from '@/server/env'
import { feedEventSelect } from '@/server/events/queries'
import type { FeedEvent } from '@/lib/ical'

// A member's private calendar (issue 17): their meetings, with the online link where they hold a seat, at a secret
// URL a calendar program can subscribe to without signing in. The URL's secret is an HMAC of the user id and a random
// key kept on the user row: nothing secret is stored, the URL can be shown again, and a new key (or none) revokes it.

const PATH = '/feeds/private/'

function mac(userId: string, key: string) {
  return crypto.createHmac('sha256', authSecret()).update(`calendar:${userId}:${key}`).digest('base64url').slice(0, 32)
}

/** The feed's path ("/feeds/private/<user id>.<secret>.ics"), or null when the member has none. */
export function calendarFeedPath(user: { id: string; calendarKey: string | null }): string | null {
  return user.calendarKey ? `${PATH}${user.id}.${mac(user.id, user.calendarKey)}.ics` : null
}

export const calendarFeedUrl = (path: string) => env().APP_URL + path

/** The member a feed file name ("<user id>.<secret>.ics") belongs to, or null (unknown, revoked or forged). */
export async function calendarFeedOwner(file: string): Promise<{ id: string; name: string } | null> {
  const m = /^([A-Za-z0-9_-]{1,60})\.([A-Za-z0-9_-]{32})\.ics$/.exec(file)
  if (!m) return null
  const [, userId, given] = m as unknown as [string, string, string]
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, calendarKey: true, deletedAt: true, suspendedAt: true },
  })
  if (!user?.calendarKey || user.deletedAt || user.suspendedAt) return null
  const expected = Buffer.from(mac(user.id, user.calendarKey))
  const actual = Buffer.from(given)
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual) ? { id: user.id, name: user.name } : null
}

/** A new secret (the old URL stops working), or none (`enable: false`: the feed is gone). */
export async function setCalendarKey(userId: string, enable: boolean) {
  await db.user.update({ where: { id: userId }, data: { calendarKey: enable ? crypto.randomBytes(16).toString('hex') : null } })
}

/**
 * The member's meetings for their feed, from a year back: those they are registered for (the online link where they
 * hold a seat; "waitlist" in the title while they wait) and those they organise (with the link).
 */
export async function privateFeedEvents(userId: string, waitlistLabel: string, now = new Date()): Promise<FeedEvent[]> {
  const since = new Date(now.getTime() - 366 * 86_400_000)
  const [registrations, organised] = await Promise.all([
    db.eventRegistration.findMany({
      where: { userId, status: { in: ['CONFIRMED', 'WAITLISTED'] }, event: { startsAt: { gte: since } } },
      take: 1000,
      select: { status: true, event: { select: { ...feedEventSelect, onlineUrl: true } } },
    }),
    db.event.findMany({
      where: { organiserId: userId, startsAt: { gte: since } },
      take: 1000,
      select: { ...feedEventSelect, onlineUrl: true },
    }),
  ])
  const byId = new Map<string, FeedEvent>()
  for (const e of organised) byId.set(e.id, { ...e, seriesId: null, recurrenceRule: null })
  for (const { status, event: e } of registrations)
    if (!byId.has(e.id))
      byId.set(e.id, {
        ...e,
        // Each date on its own: a member registers for dates, not for a whole series.
        seriesId: null,
        recurrenceRule: null,
        title: status === 'WAITLISTED' ? `${e.title} (${waitlistLabel})` : e.title,
        onlineUrl: status === 'CONFIRMED' ? e.onlineUrl : null,
      })
  return [...byId.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
}
