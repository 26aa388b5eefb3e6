import 'server-only'
import { revalidatePath } from 'next/cache'
import { revalidatePublicPages } from '@/server/cache'
import { db } from '@/server/db'
import type { Input } from '@/server/action'
import type { CurrentUser } from '@/server/auth/session'
import { cancelRegistration, register } from '@/server/events/registration'
import { notifyRegistrants } from '@/server/events/notify'
import { notifyTerritory } from '@/server/notifications/territory'
import { renderMarkdown } from '@/lib/markdown'
import { fail, fieldFail, ok, tooMany } from '@/lib/form'
import { LIMITS } from '@/lib/rate-window'
import { limited } from '@/server/rate-limit'
import { canCreateEvent, canManageEvent } from '@/lib/policies'
import type {
  calendarFeedSchema,
  cancelEventSchema,
  createEventSchema,
  eventRefSchema,
  extendSeriesSchema,
  registrationSchema,
  materialRefSchema,
  materialSchema,
  updateEventSchema,
} from '@/lib/validations/events'
import { checkUpload } from '@/lib/uploads'
import { removeMaterialFile, storeMaterialFile } from '@/server/events/materials'
import { setCalendarKey } from '@/server/events/calendar-feed'
import { linkErrors } from '@/server/link-checks'
import { MAX_SERIES, extendRule, occurrences, recurrenceRule, retimeOccurrence } from '@/lib/recurrence'

function revalidateEvents() {
  revalidatePath('/[locale]/events', 'layout')
  revalidatePublicPages()
}

/**
 * Creates an event, or a series: a repeated meeting becomes one row per occurrence (each with its own seats,
 * registrations and page) sharing the series id; the first keeps the RRULE that calendar feeds publish.
 */
export async function createEvent({ recurrence, occurrences: count, ...input }: Input<typeof createEventSchema>, user: CurrentUser) {
  if (!canCreateEvent(user)) return fail('forbidden')
  const links = await linkErrors(input, { user })
  if (Object.keys(links).length) return fieldFail(links)
  const data = { ...input, descriptionHtml: renderMarkdown(input.description), organiserId: user.id }
  if (recurrence === 'NONE') {
    const event = await db.$transaction(async (tx) => {
      const e = await tx.event.create({ data, select: { id: true } })
      await notifyTerritory(tx, {
        regionId: input.regionId,
        clusterId: input.clusterId,
        actorId: user.id,
        eventId: e.id,
        text: input.title,
      })
      return e
    })
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
    await notifyTerritory(tx, {
      regionId: input.regionId,
      clusterId: input.clusterId,
      actorId: user.id,
      eventId: head.id,
      text: input.title,
    })
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
}

export async function registerForEvent({ eventId, mode }: Input<typeof registrationSchema>, user: CurrentUser) {
  const outcome = await register(eventId, user.id, { mode })
  if (outcome === 'notFound') return fail('notFound')
  if (outcome === 'closed') return fail('registrationClosed')
  if (outcome === 'modeUnavailable') return fail('modeUnavailable')
  if (outcome === 'full') return fail('modeFull')
  revalidateEvents()
  return ok({ status: outcome })
}

export async function cancelEventRegistration({ eventId }: Input<typeof eventRefSchema>, user: CurrentUser) {
  const r = await cancelRegistration(eventId, user.id)
  revalidateEvents()
  return ok({ cancelled: r.cancelled })
}

/**
 * Cancels the event — or, for a series, this date and the following ones, or every date still ahead. Registered
 * members are told once (one notification and one mail each, however many of the dates they had); calendars get
 * STATUS:CANCELLED with a new SEQUENCE on every date cancelled.
 */
export async function cancelEvent(
  { eventId, scope = 'one' }: Omit<Input<typeof cancelEventSchema>, 'scope'> & { scope?: Input<typeof cancelEventSchema>['scope'] },
  user: CurrentUser,
) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { organiserId: true, title: true, status: true, seriesId: true, startsAt: true },
  })
  if (!event) return fail('notFound')
  if (!canManageEvent(user, event)) return fail('forbidden')
  const ids =
    scope !== 'one' && event.seriesId
      ? (
          await db.event.findMany({
            where: {
              seriesId: event.seriesId,
              status: 'SCHEDULED',
              startsAt: { gte: scope === 'following' ? event.startsAt : new Date() },
            },
            orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
            select: { id: true },
          })
        ).map((e) => e.id)
      : event.status === 'CANCELLED'
        ? []
        : [eventId]
  if (!ids.length) return ok({ cancelled: 0 })
  await db.$transaction(async (tx) => {
    await tx.event.updateMany({
      where: { id: { in: ids }, status: 'SCHEDULED' },
      data: { status: 'CANCELLED', sequence: { increment: 1 } },
    })
    await notifyRegistrants(tx, ids, 'EVENT_CANCELLED', user.id, { oncePerMember: true })
  })
  revalidateEvents()
  return ok({ cancelled: ids.length })
}

/**
 * Adds `count` dates to a series, after its last: the rule's COUNT grows (so subscribed calendars show them), and each
 * new date copies the last date's details (its time of day, length, place, seats and deadline).
 */
export async function extendSeries({ eventId, count }: Input<typeof extendSeriesSchema>, user: CurrentUser) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { organiserId: true, seriesId: true } })
  if (!event) return fail('notFound')
  if (!canManageEvent(user, event)) return fail('forbidden')
  if (!event.seriesId) return fieldFail({ count: 'notASeries' })
  const seriesId = event.seriesId
  const head = await db.event.findUnique({ where: { id: seriesId }, select: { recurrenceRule: true, originalStart: true, startsAt: true } })
  if (!head?.recurrenceRule) return fieldFail({ count: 'notASeries' })
  const { rule, before, after } = extendRule(head.recurrenceRule, count)
  if (after > MAX_SERIES) return fieldFail({ count: 'extendInvalid' })
  const starts = occurrences(rule, head.originalStart ?? head.startsAt, MAX_SERIES).slice(before)
  const last = await db.event.findFirstOrThrow({
    where: { seriesId },
    orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
  })
  const duration = last.endsAt.getTime() - last.startsAt.getTime()
  const deadlineBefore = last.registrationDeadline ? last.startsAt.getTime() - last.registrationDeadline.getTime() : null
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    recurrenceRule: _r,
    confirmedCount: _cc,
    onlineConfirmedCount: _oc,
    sequence: _s,
    status: _st,
    searchTitle: _st2,
    searchText: _sx,
    ...details
  } = last
  await db.$transaction(async (tx) => {
    await tx.event.update({ where: { id: seriesId }, data: { recurrenceRule: rule } })
    await tx.event.createMany({
      data: starts.map((start) => {
        const startsAt = last.allDay ? start : retimeOccurrence(start, last.startsAt)
        return {
          ...details,
          startsAt,
          endsAt: new Date(startsAt.getTime() + duration),
          registrationDeadline: deadlineBefore === null ? null : new Date(startsAt.getTime() - deadlineBefore),
          seriesId,
          originalStart: start,
        }
      }),
    })
  })
  revalidateEvents()
  return ok({ added: starts.length })
}

/**
 * Edits an event. A change of start or end bumps the iCalendar SEQUENCE and tells the registered members,
 * in the app and by e-mail. For a series, scope "following" applies the same details to the later scheduled
 * dates too: each keeps its own date and takes the new Rome time and length.
 */
export async function updateEvent({ eventId, scope, ...input }: Input<typeof updateEventSchema>, user: CurrentUser) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { organiserId: true, startsAt: true, endsAt: true, status: true, seriesId: true, organisationId: true },
  })
  if (!event) return fail('notFound')
  if (!canManageEvent(user, event)) return fail('forbidden')
  const links = await linkErrors(input, { user, keep: event.organisationId })
  if (Object.keys(links).length) return fieldFail(links)
  const duration = input.endsAt.getTime() - input.startsAt.getTime()
  const deadlineBefore = input.registrationDeadline ? input.startsAt.getTime() - input.registrationDeadline.getTime() : null
  const later =
    scope === 'following' && event.seriesId
      ? await db.event.findMany({
          where: { seriesId: event.seriesId, status: 'SCHEDULED', startsAt: { gt: event.startsAt } },
          select: { id: true, startsAt: true, endsAt: true },
        })
      : []
  const { allDay: _allDay, ...details } = input
  await db.$transaction(async (tx) => {
    const changed: string[] = []
    await tx.event.update({
      where: { id: eventId },
      data: { ...input, descriptionHtml: renderMarkdown(input.description), sequence: { increment: 1 } },
    })
    if (event.startsAt.getTime() !== input.startsAt.getTime() || event.endsAt.getTime() !== input.endsAt.getTime()) changed.push(eventId)
    for (const o of later) {
      const startsAt = input.allDay ? o.startsAt : retimeOccurrence(o.startsAt, input.startsAt)
      const endsAt = new Date(startsAt.getTime() + duration)
      await tx.event.update({
        where: { id: o.id },
        data: {
          ...details,
          allDay: input.allDay,
          startsAt,
          endsAt,
          descriptionHtml: renderMarkdown(input.description),
          sequence: { increment: 1 },
          registrationDeadline: deadlineBefore === null ? null : new Date(startsAt.getTime() - deadlineBefore),
        },
      })
      if (o.startsAt.getTime() !== startsAt.getTime() || o.endsAt.getTime() !== endsAt.getTime()) changed.push(o.id)
    }
    await notifyRegistrants(tx, changed, 'EVENT_CHANGED', user.id)
  })
  revalidateEvents()
  return ok({ eventId })
}

/**
 * Attaches minutes or a material (a link, or a file checked by content and extension) to an event:
 * the event page becomes the archive of the meeting. Organiser of the event or admin only.
 */
export async function addMaterial({ eventId, kind, title, url, file }: Input<typeof materialSchema>, user: CurrentUser) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { organiserId: true } })
  if (!event) return fail('notFound')
  if (!canManageEvent(user, event)) return fail('forbidden')
  let upload: { bytes: Uint8Array; fileName: string; mime: string } | null = null
  if (file) {
    const wait = await limited(`events:upload:${user.id}`, LIMITS.uploadsPerMember)
    if (wait) return tooMany('rateLimited', wait)
    const bytes = new Uint8Array(await file.arrayBuffer())
    const check = checkUpload(file.name, bytes)
    if (!check.ok) return fieldFail({ file: check.error })
    upload = { bytes, fileName: check.fileName, mime: check.mime }
  }
  // The row and the file: the file is written inside the transaction, so a failed write leaves no row.
  await db.$transaction(async (tx) => {
    const m = await tx.eventMaterial.create({
      data: {
        eventId,
        kind,
        title,
        url,
        uploadedById: user.id,
        ...(upload ? { fileName: upload.fileName, mimeType: upload.mime, size: upload.bytes.length } : {}),
      },
      select: { id: true },
    })
    if (upload) await storeMaterialFile(m.id, upload.bytes)
    // The minutes are news for everyone who attended.
    if (kind === 'MINUTES') await notifyRegistrants(tx, [eventId], 'EVENT_MINUTES', user.id)
  })
  revalidateEvents()
  return ok(undefined)
}

export async function removeMaterial({ materialId }: Input<typeof materialRefSchema>, user: CurrentUser) {
  const m = await db.eventMaterial.findUnique({ where: { id: materialId }, select: { id: true, event: { select: { organiserId: true } } } })
  if (!m) return fail('notFound')
  if (!canManageEvent(user, m.event)) return fail('forbidden')
  await db.eventMaterial.delete({ where: { id: m.id } })
  await removeMaterialFile(m.id)
  revalidateEvents()
  return ok(undefined)
}

/** The member's own private calendar feed: a new secret URL (the old one stops working), or none. Owner-scoped. */
export async function setCalendarFeed({ enable }: Input<typeof calendarFeedSchema>, user: CurrentUser) {
  await setCalendarKey(user.id, enable)
  revalidatePath('/[locale]/my-area', 'page')
  return ok(undefined)
}
