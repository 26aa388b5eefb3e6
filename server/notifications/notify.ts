import 'server-only'
import { createTranslator } from 'use-intl/core'
import { localePath, type PathHref } from '@/lib/paths'
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
  eventId?: string | null
}

/** What only the mail carries: extra lines (a meeting's time and place) and an attached calendar file. */
export type MailExtra = { lines?: string[]; ics?: string }

type Tx = Pick<typeof db, 'notification' | 'notificationPreference' | 'user' | 'outboxMail'>

/**
 * Notifies members: the in-app notifications, and in the same transaction a queued mail for each member who wants
 * that kind at once (their choice, or the kind's default). Kinds a member gets as a digest wait for the digest
 * (server/notifications/digest.ts), which reads these same rows. `extra` adds mail-only content per recipient.
 */
export async function notify(tx: Tx, rows: NotificationRow[], extra?: (r: NotificationRow, locale: Locale) => MailExtra | undefined) {
  if (rows.length === 0) return
  await tx.notification.createMany({ data: rows })
  const ids = [...new Set(rows.map((r) => r.userId))]
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))]
  const [prefs, users, actors] = await Promise.all([
    tx.notificationPreference.findMany({ where: { userId: { in: ids } }, select: { userId: true, kind: true, channel: true } }),
    tx.user.findMany({
      where: { id: { in: ids }, deletedAt: null, suspendedAt: null },
      select: { id: true, email: true, name: true, locale: true },
    }),
    actorIds.length ? actorNames(tx, actorIds) : new Map<string, string>(),
  ])
  const byId = new Map(users.map((u) => [u.id, u]))
  const chosen = new Map(prefs.map((p) => [`${p.userId}:${p.kind}`, p.channel]))
  const mails = rows.flatMap((r) => {
    const user = byId.get(r.userId)
    const channel = chosen.get(`${r.userId}:${r.kind}`) ?? DEFAULT_CHANNEL[r.kind]
    if (!user || channel !== 'IMMEDIATE') return []
    const more = extra?.(r, user.locale)
    const mail = notificationMail(r, user, r.actorId ? actors.get(r.actorId) : undefined, more?.lines)
    return [{ ...mail, userId: user.id, kind: r.kind, locale: user.locale, ics: more?.ics }]
  })
  // One insert for all of them (a new thread can notify every follower of its category).
  await sendMails(mails, tx)
}

/** Names of the members who acted (a deleted account has no name to show). */
export async function actorNames(tx: Pick<typeof db, 'user'>, ids: string[]): Promise<Map<string, string>> {
  const rows = await tx.user.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, name: true } })
  return new Map(rows.map((u) => [u.id, u.name]))
}

/** The sentence of a notification in a language: who did what, about what. */
export function notificationSentence(r: Pick<NotificationRow, 'kind' | 'text'>, locale: Locale, actor?: string) {
  const kinds = createTranslator({ locale, messages: locale === 'en' ? en : it, namespace: 'notifications.kinds' })
  return kinds(r.kind, { text: r.text, actor: actor || '_' })
}

/** The absolute link of a notification (the notifications page when it leads nowhere else). */
export function notificationLink(r: NotificationRow, locale: Locale) {
  const href = notificationHref(r)
  return env().APP_URL + localePath((href as PathHref | null) ?? '/notifications', locale)
}

/** The mail of one notification, in the member's language: what happened, the link, and how to stop such mails. */
export function notificationMail(
  r: NotificationRow,
  user: { email: string; name: string; locale: Locale },
  actor?: string,
  lines: string[] = [],
) {
  const locale = user.locale
  const t = mailText(locale)
  const sentence = notificationSentence(r, locale, actor)
  return {
    to: user.email,
    subject: sentence.length > 150 ? `${sentence.slice(0, 149)}…` : sentence,
    text: [
      t('notificationGreeting', { name: user.name }),
      '',
      sentence,
      ...(lines.length ? ['', ...lines] : []),
      '',
      notificationLink(r, locale),
      '',
      '—',
      t('notificationPreferences', { url: preferencesUrl(locale) }),
      t('notificationUnsubscribe', { url: unsubscribeUrl(r.userId, r.kind) }),
    ].join('\n'),
  }
}
