'use server'
import 'server-only'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { db } from '@/server/db'
import { sendMail } from '@/server/mail'
import { action } from '@/server/action'
import { cancelRegistration, register } from '@/server/events/registration'
import { renderMarkdown } from '@/lib/markdown'
import { fail, fieldFail, ok } from '@/lib/form'
import { canManageEvent } from '@/lib/policies'
import { createEventSchema, eventRefSchema, materialRefSchema, materialSchema, updateEventSchema } from '@/lib/validations/events'
import { checkUpload } from '@/lib/uploads'
import { removeMaterialFile, storeMaterialFile } from '@/server/events/materials'
import { linkErrors } from '@/server/link-checks'
import { occurrences, recurrenceRule, retimeOccurrence } from '@/lib/recurrence'

function revalidateEvents() {
  revalidatePath('/[locale]/events', 'layout')
}

/**
 * Creates an event, or a series: a repeated meeting becomes one row per occurrence (each with its own seats,
 * registrations and page) sharing the series id; the first keeps the RRULE that calendar feeds publish.
 */
export const createEventAction = action('ORGANISER', createEventSchema, async ({ recurrence, occurrences: count, ...input }, user) => {
  const links = await linkErrors(input)
  if (Object.keys(links).length) return fieldFail(links)
  const data = { ...input, descriptionHtml: renderMarkdown(input.description), organiserId: user.id }
  if (recurrence === 'NONE') {
    const event = await db.event.create({ data, select: { id: true } })
    revalidateEvents()
    return ok({ eventId: event.id })
  }
  const rule = recurrenceRule(recurrence, input.startsAt, count)
  const starts = occurrences(rule, input.startsAt)
  const duration = input.endsAt.getTime() - input.startsAt.getTime()
  const deadlineBefore = input.registrationDeadline ? input.startsAt.getTime() - input.registrationDeadline.getTime() : null
  const first = await db.$transaction(async (tx) => {
    const head = await tx.event.create({ data: { ...data, recurrenceRule: rule, originalStart: input.startsAt }, select: { id: true } })
    await tx.event.update({ where: { id: head.id }, data: { seriesId: head.id } })
    await tx.event.createMany({
      data: starts.slice(1).map((start) => ({
        ...data,
        startsAt: start,
        endsAt: new Date(start.getTime() + duration),
        registrationDeadline: deadlineBefore === null ? null : new Date(start.getTime() - deadlineBefore),
        seriesId: head.id,
        originalStart: start,
      })),
    })
    return head
  })
  revalidateEvents()
  return ok({ eventId: first.id })
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
 * in the app and by e-mail. For a series, scope "following" applies the same details to the later scheduled
 * dates too: each keeps its own date and takes the new Rome time and length.
 */
export const updateEventAction = action('ORGANISER', updateEventSchema, async ({ eventId, scope, ...input }, user) => {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { organiserId: true, startsAt: true, endsAt: true, status: true, seriesId: true } })
  if (!event) return fail('notFound')
  if (!canManageEvent(user, event)) return fail('forbidden')
  const links = await linkErrors(input)
  if (Object.keys(links).length) return fieldFail(links)
  const duration = input.endsAt.getTime() - input.startsAt.getTime()
  const deadlineBefore = input.registrationDeadline ? input.startsAt.getTime() - input.registrationDeadline.getTime() : null
  const later =
    scope === 'following' && event.seriesId
      ? await db.event.findMany({ where: { seriesId: event.seriesId, status: 'SCHEDULED', startsAt: { gt: event.startsAt } }, select: { id: true, startsAt: true, endsAt: true } })
      : []
  const { allDay: _allDay, ...details } = input
  const regs = await db.$transaction(async (tx) => {
    const changed: { id: string; title: string }[] = []
    await tx.event.update({
      where: { id: eventId },
      data: { ...input, descriptionHtml: renderMarkdown(input.description), sequence: { increment: 1 } },
    })
    if (event.startsAt.getTime() !== input.startsAt.getTime() || event.endsAt.getTime() !== input.endsAt.getTime()) changed.push({ id: eventId, title: input.title })
    for (const o of later) {
      const startsAt = input.allDay ? o.startsAt : retimeOccurrence(o.startsAt, input.startsAt)
      const endsAt = new Date(startsAt.getTime() + duration)
      await tx.event.update({
        where: { id: o.id },
        data: {
          ...details, allDay: input.allDay, startsAt, endsAt, descriptionHtml: renderMarkdown(input.description), sequence: { increment: 1 },
          registrationDeadline: deadlineBefore === null ? null : new Date(startsAt.getTime() - deadlineBefore),
        },
      })
      if (o.startsAt.getTime() !== startsAt.getTime() || o.endsAt.getTime() !== endsAt.getTime()) changed.push({ id: o.id, title: input.title })
    }
    if (!changed.length) return []
    const rows = await tx.eventRegistration.findMany({
      where: { eventId: { in: changed.map((c) => c.id) }, status: { in: ['CONFIRMED', 'WAITLISTED'] } },
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

/**
 * Attaches minutes or a material (a link, or a file checked by content and extension) to an event:
 * the event page becomes the archive of the meeting. Organiser of the event or admin only.
 */
export const addMaterialAction = action('ORGANISER', materialSchema, async ({ eventId, kind, title, url, file }, user) => {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { organiserId: true } })
  if (!event) return fail('notFound')
  if (!canManageEvent(user, event)) return fail('forbidden')
  let upload: { bytes: Uint8Array; fileName: string; mime: string } | null = null
  if (file) {
    const bytes = new Uint8Array(await file.arrayBuffer())
    const check = checkUpload(file.name, bytes)
    if (!check.ok) return fieldFail({ file: check.error })
    upload = { bytes, fileName: check.fileName, mime: check.mime }
  }
  // The row and the file: the file is written inside the transaction, so a failed write leaves no row.
  await db.$transaction(async (tx) => {
    const m = await tx.eventMaterial.create({
      data: { eventId, kind, title, url, uploadedById: user.id, ...(upload ? { fileName: upload.fileName, mimeType: upload.mime, size: upload.bytes.length } : {}) },
      select: { id: true },
    })
    if (upload) await storeMaterialFile(m.id, upload.bytes)
  })
  revalidateEvents()
  return ok(undefined)
})

export const removeMaterialAction = action('ORGANISER', materialRefSchema, async ({ materialId }, user) => {
  const m = await db.eventMaterial.findUnique({ where: { id: materialId }, select: { id: true, event: { select: { organiserId: true } } } })
  if (!m) return fail('notFound')
  if (!canManageEvent(user, m.event)) return fail('forbidden')
  await db.eventMaterial.delete({ where: { id: m.id } })
  await removeMaterialFile(m.id)
  revalidateEvents()
  return ok(undefined)
})
