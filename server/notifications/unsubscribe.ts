import 'server-only'
import crypto from 'node:crypto'
import { localePath } from '@/lib/paths'
import type { Locale } from '@/i18n/routing'
import { authSecret, env } from '@/server/env'
import { db } from '@/server/db'
import { DEFAULT_CHANNEL, NOTIFICATION_KINDS, type NotificationKind } from '@/lib/notification-mail'

/** What a link can turn off: one kind of notification mail, or a digest (every kind that goes into it). */
export const UNSUBSCRIBABLE = [...NOTIFICATION_KINDS, 'DIGEST_DAILY', 'DIGEST_WEEKLY'] as const
export type Unsubscribable = (typeof UNSUBSCRIBABLE)[number]
export const isUnsubscribable = (k: string): k is Unsubscribable => (UNSUBSCRIBABLE as readonly string[]).includes(k)

// One-click unsubscribe (RFC 8058): a link that turns off one kind of mail for one member without signing in. The
// link carries the member, the kind and an HMAC of both with the server's secret, so nobody can forge another's.

const sign = (userId: string, kind: string) =>
  crypto.createHmac('sha256', authSecret()).update(`unsubscribe:${userId}:${kind}`).digest('base64url')

export function unsubscribeUrl(userId: string, kind: Unsubscribable): string {
  const q = new URLSearchParams({ u: userId, k: kind, t: sign(userId, kind) })
  return `${env().APP_URL}/api/unsubscribe?${q}`
}

/** The member and kind a link names, when its signature is right; null otherwise. */
export function verifyUnsubscribe(params: URLSearchParams): { userId: string; kind: Unsubscribable } | null {
  const [u = '', k = '', t = ''] = ['u', 'k', 't'].map((n) => params.get(n) ?? '')
  if (!u || !t || u.length > 50 || !isUnsubscribable(k)) return null
  const expected = Buffer.from(sign(u, k))
  const given = Buffer.from(t)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? { userId: u, kind: k } : null
}

/** The mail headers of a notification: one-click unsubscribe for its kind. */
export function unsubscribeHeaders(userId: string, kind: Unsubscribable): Record<string, string> {
  return { 'List-Unsubscribe': `<${unsubscribeUrl(userId, kind)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

export const preferencesUrl = (locale: Locale) => env().APP_URL + localePath('/account/email', locale)

/** The member and kind a link names, with the member's language; null for a forged link or a deleted member. */
export async function unsubscribeTarget(params: URLSearchParams) {
  const found = verifyUnsubscribe(params)
  if (!found) return null
  const user = await db.user.findUnique({ where: { id: found.userId }, select: { locale: true } })
  return user ? { ...found, locale: user.locale } : null
}

/** Turns one kind of mail off for one member (the one-click unsubscribe); a digest's link turns the digest off. */
export async function turnOffMail(userId: string, kind: Unsubscribable) {
  let kinds: NotificationKind[] = []
  if (kind === 'DIGEST_DAILY' || kind === 'DIGEST_WEEKLY') {
    const period = kind === 'DIGEST_DAILY' ? 'DAILY' : 'WEEKLY'
    const prefs = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, channel: true } })
    const chosen = new Map(prefs.map((p) => [p.kind, p.channel]))
    kinds = NOTIFICATION_KINDS.filter((k) => (chosen.get(k) ?? DEFAULT_CHANNEL[k]) === period)
  } else kinds = [kind]
  await db.$transaction(
    kinds.map((k) =>
      db.notificationPreference.upsert({
        where: { userId_kind: { userId, kind: k } },
        create: { userId, kind: k, channel: 'NONE' },
        update: { channel: 'NONE' },
      }),
    ),
  )
}
