import { z } from '@/lib/validations/zod'
import { line, optionalRecordId, recordId, text } from '@/lib/validations/fields'
import { romeLocalToUtc } from '@/lib/dates'
import { addDays, romeDay, romeDayStart } from '@/lib/calendar'
import { MAX_OCCURRENCES, RECURRENCES } from '@/lib/recurrence'
import { REGION_IDS } from '@/lib/territory'
import { MATERIAL_KINDS } from '@/lib/uploads'

export const EVENT_TYPES = ['PLENARY', 'WORKING_GROUP', 'WEBINAR', 'SITE_VISIT', 'CONFERENCE', 'OTHER'] as const

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .transform((v) => v || null)
const localTime = (code: string) =>
  z
    .string('required')
    .trim()
    .min(1, 'required')
    .transform((v, ctx) => {
      const d = romeLocalToUtc(v)
      if (!d) ctx.addIssue({ code: 'custom', message: code })
      return d ?? new Date(0)
    })

export const eventSchema = z
  .object({
    title: line('required').min(1, 'required').min(3, 'titleTooShort').max(150, 'titleTooLong'),
    type: z.enum(EVENT_TYPES, 'required'),
    description: text('required').min(1, 'required').max(20_000, 'bodyTooLong'),
    startsAt: localTime('dateInvalid'),
    endsAt: localTime('dateInvalid'),
    address: optional(200),
    city: optional(100),
    regionId: z.union([z.literal(''), z.enum(REGION_IDS)], 'required').transform((v) => v || null),
    onlineUrl: z.union([z.literal(''), z.url({ protocol: /^https$/, message: 'urlInvalid' })], 'urlInvalid').transform((v) => v || null),
    capacity: z
      .string()
      .trim()
      .regex(/^\d{0,5}$/, 'capacityInvalid')
      .transform((v) => (v ? Number(v) : null))
      .refine((v) => v === null || (v >= 1 && v <= 10_000), 'capacityInvalid'),
    registrationDeadline: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (!v) return null
        const d = romeLocalToUtc(v)
        if (!d) ctx.addIssue({ code: 'custom', message: 'dateInvalid' })
        return d
      }),
    /** Which reminders confirmed attendees get by mail (absent in older forms: the day before). */
    reminders: z.enum(['NONE', 'H1', 'H24', 'BOTH'], 'required').default('H24'),
    /** A checkbox: present ("on") when the event lasts whole days; the times typed are then ignored. */
    allDay: z
      .literal('on')
      .optional()
      .transform((v) => v === 'on'),
    organisationId: optionalRecordId.transform((v) => v || null),
    clusterId: optionalRecordId.transform((v) => v || null),
    caseStudySlug: z
      .string()
      .trim()
      .max(100)
      .regex(/^[a-z0-9-]*$/, 'caseStudyUnknown')
      .transform((v) => v || null),
  })
  // Whole days run from Rome midnight of the first day to Rome midnight after the last (unparsable dates stay as they are).
  .transform((e) =>
    e.allDay && e.startsAt.getTime() && e.endsAt.getTime()
      ? { ...e, startsAt: romeDayStart(romeDay(e.startsAt)), endsAt: romeDayStart(addDays(romeDay(e.endsAt), 1)) }
      : e,
  )
  .superRefine((e, ctx) => {
    if (e.endsAt.getTime() && e.startsAt.getTime() && e.endsAt <= e.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endBeforeStart' })
    if (e.registrationDeadline && e.registrationDeadline > e.startsAt)
      ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'deadlineAfterStart' })
    if (!e.address && !e.onlineUrl) ctx.addIssue({ code: 'custom', path: ['address'], message: 'placeOrLink' })
  })

/** Creating only: repeat the meeting (each occurrence gets its own page, seats and registrations). */
export const createEventSchema = z
  .intersection(
    eventSchema,
    z.object({
      recurrence: z.enum(RECURRENCES, 'required').default('NONE'),
      occurrences: z
        .string()
        .trim()
        .regex(/^\d{0,3}$/, 'occurrencesInvalid')
        .transform((v) => (v ? Number(v) : 1)),
    }),
  )
  .superRefine((e, ctx) => {
    if (e.recurrence !== 'NONE' && (e.occurrences < 2 || e.occurrences > MAX_OCCURRENCES))
      ctx.addIssue({ code: 'custom', path: ['occurrences'], message: 'occurrencesInvalid' })
  })

export const eventRefSchema = z.object({ eventId: recordId })

/** Editing: one date, or (for a series) this date and the following ones. */
export const updateEventSchema = z.intersection(eventRefSchema.extend({ scope: z.enum(['one', 'following']).default('one') }), eventSchema)

/** Minutes or a material: a link or a file (the file's content is checked by lib/uploads.ts). */
export const materialSchema = z
  .object({
    eventId: recordId,
    kind: z.enum(MATERIAL_KINDS, 'required'),
    title: line('required').min(1, 'required').max(150, 'titleTooLong'),
    url: z
      .union([z.literal(''), z.url({ protocol: /^https?$/, message: 'urlInvalid' })], 'urlInvalid')
      .optional()
      .transform((v) => v || null),
    file: z.instanceof(File).optional(),
  })
  .superRefine((m, ctx) => {
    if (!m.url && !m.file) ctx.addIssue({ code: 'custom', path: ['file'], message: 'linkOrFile' })
    if (m.url && m.file) ctx.addIssue({ code: 'custom', path: ['file'], message: 'linkOrFileNotBoth' })
  })

export const materialRefSchema = z.object({ materialId: recordId })
