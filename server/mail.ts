import 'server-only'
import nodemailer from 'nodemailer'
import { createTranslator } from 'next-intl'
import type { Locale } from '@/i18n/routing'
import it from '@/messages/it.json'
import en from '@/messages/en.json'
import { db } from '@/server/db'
import { env } from '@/server/env'

export type Mail = { to: string; subject: string; text: string }

let transport: nodemailer.Transporter | undefined

/**
 * Sends through the SMTP server named by SMTP_URL; with none configured, the mail lands in the
 * development outbox (table OutboxMail) that admins read at /admin/posta.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env()
  if (!SMTP_URL) {
    await db.outboxMail.create({ data: mail })
    return
  }
  transport ??= nodemailer.createTransport(SMTP_URL)
  await transport.sendMail({ from: MAIL_FROM, ...mail })
}

/** The mail texts in the recipient's language (works in actions, scripts and tests alike: no request needed). */
export function mailText(locale: Locale) {
  return createTranslator({ locale, messages: locale === 'en' ? en : it, namespace: 'mail' })
}
