import 'server-only'
import { createTranslator } from 'use-intl/core'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import it from '@/messages/it.json'
import en from '@/messages/en.json'
import type { db } from '@/server/db'
import { env } from '@/server/env'
import { mailText, sendMails } from '@/server/mail'
import { DEFAULT_CHANNEL, notificationHref, type NotificationKind } from '@/lib/notification-mail'
import { preferencesUrl, unsubscribeUrl } from '@/server/notifications/unsubscribe'

export type NotificationRow = {
  userId: string
  kind: NotificationKind
  text: string
  actorId?: string | null
  threadId?: string | null
  postNumber?: number | null
  practiceId?: string | null
  adhesionId?: string | null
}
type Tx = Pick<typeof db, 'notification' | 'notificationPreference' | 'user' | 'outboxMail'>

/**
 * Notifies members: the in-app notifications, and in the same transaction a queued mail for each member who wants
 * that kind at once (their choice, or the kind's default). Digest kinds wait for the digest.
 */
export async function notify(tx: Tx, rows: NotificationRow[]) {
  if (rows.length === 0) return
  await tx.notification.createMany({ data: rows })
  const ids = [...new Set(rows.map((r) => r.userId))]
  const [prefs, users] = await Promise.all([
    tx.notificationPreference.findMany({ where: { userId: { in: ids } }, select: { userId: true, kind: true, channel: true } }),
    tx.user.findMany({
      where: { id: { in: ids }, deletedAt: null, suspendedAt: null },
      select: { id: true, email: true, name: true, locale: true },
    }),
  ])
  const byId = new Map(users.map((u) => [u.id, u]))
  const chosen = new Map(prefs.map((p) => [`${p.userId}:${p.kind}`, p.channel]))
  const mails = rows.flatMap((r) => {
    const user = byId.get(r.userId)
    const channel = chosen.get(`${r.userId}:${r.kind}`) ?? DEFAULT_CHANNEL[r.kind]
    return user && channel === 'IMMEDIATE' ? [{ ...notificationMail(r, user), userId: user.id, kind: r.kind }] : []
  })
  // One insert for all of them (a new thread can notify every follower of its category).
  await sendMails(mails, tx)
}

/** The mail of one notification, in the member's language: what happened, the link, and how to stop such mails. */
export function notificationMail(r: NotificationRow, user: { email: string; name: string; locale: Locale }) {
  const locale = user.locale
  const kinds = createTranslator({ locale, messages: locale === 'en' ? en : it, namespace: 'notifications.kinds' })
  const t = mailText(locale)
  const sentence = kinds(r.kind, { text: r.text })
  const href = notificationHref(r)
  const hash = href && typeof href === 'object' && 'hash' in href && href.hash ? `#${href.hash}` : ''
  const link =
    env().APP_URL + (href ? getPathname({ href: href as never, locale }) + hash : getPathname({ href: '/notifications', locale }))
  return {
    to: user.email,
    subject: sentence.length > 150 ? `${sentence.slice(0, 149)}…` : sentence,
    text: [
      t('notificationGreeting', { name: user.name }),
      '',
      sentence,
      link,
      '',
      '—',
      t('notificationPreferences', { url: preferencesUrl(locale) }),
      t('notificationUnsubscribe', { url: unsubscribeUrl(r.userId, r.kind) }),
    ].join('\n'),
  }
}
