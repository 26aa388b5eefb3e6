import 'server-only'
import crypto from 'node:crypto'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { authSecret, env } from '@/server/env'
import { db } from '@/server/db'
import { NOTIFICATION_KINDS, type NotificationKind } from '@/lib/notification-mail'

// One-click unsubscribe (RFC 8058): a link that turns off one kind of mail for one member without signing in. The
// link carries the member, the kind and an HMAC of both with the server's secret, so nobody can forge another's.

const sign = (userId: string, kind: string) =>
  crypto.createHmac('sha256', authSecret()).update(`unsubscribe:${userId}:${kind}`).digest('base64url')

export function unsubscribeUrl(userId: string, kind: NotificationKind): string {
  const q = new URLSearchParams({ u: userId, k: kind, t: sign(userId, kind) })
  return `${env().APP_URL}/api/unsubscribe?${q}`
}

/** The member and kind a link names, when its signature is right; null otherwise. */
export function verifyUnsubscribe(params: URLSearchParams): { userId: string; kind: NotificationKind } | null {
  const [u = '', k = '', t = ''] = ['u', 'k', 't'].map((n) => params.get(n) ?? '')
  if (!u || !t || u.length > 50 || !(NOTIFICATION_KINDS as readonly string[]).includes(k)) return null
  const expected = Buffer.from(sign(u, k))
  const given = Buffer.from(t)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? { userId: u, kind: k as NotificationKind } : null
}

/** The mail headers of a notification: one-click unsubscribe for its kind. */
export function unsubscribeHeaders(userId: string, kind: NotificationKind): Record<string, string> {
  return { 'List-Unsubscribe': `<${unsubscribeUrl(userId, kind)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

export const preferencesUrl = (locale: Locale) => env().APP_URL + getPathname({ href: '/account/email', locale })

/** The member and kind a link names, with the member's language; null for a forged link or a deleted member. */
export async function unsubscribeTarget(params: URLSearchParams) {
  const found = verifyUnsubscribe(params)
  if (!found) return null
  const user = await db.user.findUnique({ where: { id: found.userId }, select: { locale: true } })
  return user ? { ...found, locale: user.locale } : null
}

/** Turns one kind of mail off for one member (the one-click unsubscribe). */
export async function turnOffMail(userId: string, kind: NotificationKind) {
  await db.notificationPreference.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, channel: 'NONE' },
    update: { channel: 'NONE' },
  })
}
