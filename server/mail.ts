import 'server-only'
import nodemailer from 'nodemailer'
import { createTranslator } from 'use-intl/core'
import type { Locale } from '@/i18n/routing'
import it from '@/messages/it.json'
import en from '@/messages/en.json'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { mailHtml } from '@/server/mail-html'
import { localePath } from '@/lib/paths'

export type Mail = {
  to: string
  subject: string
  text: string
  /** What kind of mail it is (kept with the row: the outbox and the failure list show it). */
  kind?: string
  /** The same key never queues a second mail (a retried command, a second worker deciding the same reminder). */
  idempotencyKey?: string
  /** The member a notification mail is for: its one-click unsubscribe names them and the kind. */
  userId?: string
  /** The recipient's language: the HTML part's frame (the text is already in it). */
  locale?: Locale
  /** An iCalendar file attached as invite.ics (a meeting's confirmation). */
  ics?: string
}

/** A transaction client or the database itself: a mail is queued in the same transaction as what caused it. */
export type MailTx = Pick<typeof db, 'outboxMail'>

/**
 * Queues a mail: a row of the durable queue, in the caller's transaction when given one. The worker
 * (server/mail-worker.ts) sends it; with no SMTP_URL the row itself is the development outbox (/admin/posta).
 */
export async function sendMail(mail: Mail, tx: MailTx = db): Promise<void> {
  const { idempotencyKey, kind = 'other', ...given } = mail
  const rest = defined(withPreferences(given))
  if (idempotencyKey) await tx.outboxMail.upsert({ where: { idempotencyKey }, create: { ...rest, kind, idempotencyKey }, update: {} })
  else await tx.outboxMail.create({ data: { ...rest, kind } })
  wakeWorker()
}

/** Queues several mails in one statement (notifications to many members); no idempotency keys here. */
export async function sendMails(mails: Omit<Mail, 'idempotencyKey'>[], tx: MailTx = db): Promise<void> {
  if (mails.length === 0) return
  await tx.outboxMail.createMany({ data: mails.map(({ kind = 'other', ...m }) => ({ ...defined(m), kind })) })
  wakeWorker()
}

/**
 * Every mail names where to choose which mails one gets: notification mails carry it already; account mails (a
 * password reset, an address to confirm) get it as a footer in their language.
 */
function withPreferences<M extends { text: string; locale?: Locale }>(mail: M): M {
  if (!mail.locale || mail.text.includes('\n—\n')) return mail
  const url = env().APP_URL + localePath('/account/email', mail.locale)
  return { ...mail, text: `${mail.text}\n\n—\n${mailText(mail.locale)('notificationPreferences', { url })}` }
}

/** The fields that are set (the database client refuses an explicit undefined in a batch). */
const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T

/** Wakes the worker of this process (if it runs here) shortly after: the caller's transaction commits first. */
function wakeWorker() {
  setTimeout(() => globalThis.__cartesioMailWake?.(), 50).unref?.()
}

let transport: nodemailer.Transporter | undefined

/** Hands one mail to the SMTP server named by SMTP_URL; without one, delivery is the outbox row itself. */
export async function deliver(mail: {
  to: string
  subject: string
  text: string
  locale?: Locale
  ics?: string | null
  headers?: Record<string, string>
}): Promise<'smtp' | 'outbox'> {
  const { SMTP_URL, MAIL_FROM } = env()
  if (!SMTP_URL) return 'outbox'
  // A pooled transport keeps its connections open between mails (nodemailer reads `pool` from the URL).
  if (!transport) {
    const url = new URL(SMTP_URL)
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true')
    transport = nodemailer.createTransport(url.toString())
  }
  await transport.sendMail({
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: await mailHtml({ text: mail.text, subject: mail.subject, locale: mail.locale ?? 'it' }),
    headers: mail.headers,
    attachments: mail.ics
      ? [{ filename: 'invite.ics', content: mail.ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }]
      : undefined,
  })
  return 'smtp'
}

/** For tests: forget the SMTP connection (the next mail opens a new one, e.g. after SMTP_URL changed). */
export function resetTransport() {
  transport?.close()
  transport = undefined
}

declare global {
  var __cartesioMailWake: (() => void) | undefined
}

/** The mail texts in the recipient's language (works in actions, scripts and tests alike: no request needed). */
export function mailText(locale: Locale) {
  return createTranslator({ locale, messages: locale === 'en' ? en : it, namespace: 'mail' })
}
