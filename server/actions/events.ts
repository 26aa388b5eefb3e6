'use server'
import 'server-only'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { db } from '@/server/db'
import { sendMail } from '@/server/mail'
import { action } from '@/server/action'
import { cancelRegistration, register } from '@/server/events/registration'
import { renderMarkdown } from '@/lib/markdown'
import { fail, ok } from '@/lib/form'
import { canManageEvent } from '@/lib/policies'
import { eventRefSchema, eventSchema, updateEventSchema } from '@/lib/validations/events'

function revalidateEvents() {
  revalidatePath('/[locale]/events', 'layout')
}

export const createEventAction = action('ORGANISER', eventSchema, async (input, user) => {
  const event = await db.event.create({
    data: { ...input, descriptionHtml: renderMarkdown(input.description), organiserId: user.id },
    select: { id: true },
  })
  revalidateEvents()
  return ok({ eventId: event.id })
})

export const registerForEventAction = action('MEMBER', eventRefSchema, async ({ eventId }, user) => {
  const outcome = await register(eventId, user.id)
  if (outcome === 'notFound') return fail('notFound')
  if (outcome === 'closed') return fail('registrationClosed')
  revalidateEvents()
  return ok({ status: outcome })
})

export const cancelRegistrationAction = action('MEMBER', eventRefSchema, async ({ eventId }, user) => {
  const r = await cancelRegistration(eventId, user.id)
  revalidateEvents()
  return ok({ cancelled: r.cancelled })
})

/** Cancels the event: registered members are notified; calendars get STATUS:CANCELLED with a new SEQUENCE. */
export const cancelEventAction = action('ORGANISER', eventRefSchema, async ({ eventId }, user) => {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { organiserId: true, title: true, status: true } })
  if (!event) return fail('notFound')
  if (!canManageEvent(user, event)) return fail('forbidden')
  if (event.status === 'CANCELLED') return ok(undefined)
  const regs = await db.$transaction(async (tx) => {
    await tx.event.update({ where: { id: eventId }, data: { status: 'CANCELLED', sequence: { increment: 1 } } })
    const rows = await tx.eventRegistration.findMany({
      where: { eventId, status: { in: ['CONFIRMED', 'WAITLISTED'] } },
      select: { userId: true, user: { select: { email: true, name: true, locale: true } } },
    })
    if (rows.length) await tx.notification.createMany({ data: rows.map((r) => ({ userId: r.userId, kind: 'EVENT_CANCELLED' as const, text: event.title })) })
    return rows
  })
  // Mail after the commit: a mail server that fails does not undo the cancellation.
  for (const r of regs) {
    const t = await getTranslations({ locale: r.user.locale, namespace: 'mail' })
    await sendMail({ to: r.user.email, subject: t('eventCancelledSubject', { title: event.title }), text: t('eventCancelledBody', { name: r.user.name, title: event.title }) }).catch((e) => console.error('[mail]', e))
  }
  revalidateEvents()
  return ok(undefined)
})

/**
 * Edits an event. A change of start or end bumps the iCalendar SEQUENCE and tells the registered members,
 * in the app and by e-mail.
 */
export const updateEventAction = action('ORGANISER', updateEventSchema, async ({ eventId, ...input }, user) => {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { organiserId: true, startsAt: true, endsAt: true, status: true } })
  if (!event) return fail('notFound')
  if (!canManageEvent(user, event)) return fail('forbidden')
  const timeChanged = event.startsAt.getTime() !== input.startsAt.getTime() || event.endsAt.getTime() !== input.endsAt.getTime()
  const regs = await db.$transaction(async (tx) => {
    await tx.event.update({
      where: { id: eventId },
      data: { ...input, descriptionHtml: renderMarkdown(input.description), sequence: { increment: 1 } },
    })
    if (!timeChanged) return []
    const rows = await tx.eventRegistration.findMany({
      where: { eventId, status: { in: ['CONFIRMED', 'WAITLISTED'] } },
      select: { userId: true, user: { select: { email: true, name: true, locale: true } } },
    })
    if (rows.length) await tx.notification.createMany({ data: rows.map((r) => ({ userId: r.userId, kind: 'EVENT_CHANGED' as const, text: input.title })) })
    return rows
  })
  for (const r of regs) {
    const t = await getTranslations({ locale: r.user.locale, namespace: 'mail' })
    await sendMail({ to: r.user.email, subject: t('eventChangedSubject', { title: input.title }), text: t('eventChangedBody', { name: r.user.name, title: input.title }) }).catch((e) => console.error('[mail]', e))
  }
  revalidateEvents()
  return ok({ eventId })
})
