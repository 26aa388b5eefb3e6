import { everyError, z } from '@/lib/validations/zod'
import { line, optionalRecordId, recordId, text } from '@/lib/validations/fields'
import { romeLocalToUtc } from '@/lib/dates'
import { addDays, romeDay, romeDayStart } from '@/lib/calendar'
import { MAX_OCCURRENCES, MAX_SERIES, RECURRENCES } from '@/lib/recurrence'
import { REGION_IDS } from '@/lib/territory'
import { MATERIAL_KINDS } from '@/lib/uploads'
import { ATTENDANCE_MODES } from '@/lib/events'

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

const seats = z
  .string()
  .trim()
  .regex(/^\d{0,5}$/, 'capacityInvalid')
  .transform((v) => (v ? Number(v) : null))
  .refine((v) => v === null || (v >= 1 && v <= 10_000), 'capacityInvalid')

const eventFields = z.object({
  title: line('required').min(1, 'required').min(3, 'titleTooShort').max(150, 'titleTooLong'),
  type: z.enum(EVENT_TYPES, 'required'),
  description: text('required').min(1, 'required').max(20_000, 'bodyTooLong'),
  startsAt: localTime('dateInvalid'),
  endsAt: localTime('dateInvalid'),
  address: optional(200),
  city: optional(100),
  regionId: z.union([z.literal(''), z.enum(REGION_IDS)], 'required').transform((v) => v || null),
  onlineUrl: z.union([z.literal(''), z.url({ protocol: /^https$/, message: 'urlInvalid' })], 'urlInvalid').transform((v) => v || null),
  /** Seats in the room; empty = no limit. */
  capacity: seats,
  /** Places online, counted apart (hybrid meetings); empty = no limit. Absent in older forms. */
  onlineCapacity: seats.optional().transform((v) => v ?? null),
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

type Fields = z.output<typeof eventFields>
const validDate = (d: unknown): d is Date => d instanceof Date && d.getTime() !== 0 && !Number.isNaN(d.getTime())
// Whole days run from Rome midnight of the first day to Rome midnight after the last.
const wholeDays = (start: Date, end: Date) => ({ start: romeDayStart(romeDay(start)), end: romeDayStart(addDays(romeDay(end), 1)) })

export const eventSchema = eventFields
  // The checks across fields run even when other fields are wrong (`when`), so a form shows every error at
  // once; each check looks only at fields that parsed.
  .superRefine((e: Partial<Fields>, ctx) => {
    const start = e.startsAt,
      end = e.endsAt
    if (validDate(start) && validDate(end)) {
      const span = e.allDay === true ? wholeDays(start, end) : { start, end }
      if (span.end <= span.start) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endBeforeStart' })
    }
    if (validDate(start) && validDate(e.registrationDeadline)) {
      const begins = e.allDay === true ? wholeDays(start, start).start : start
      if (e.registrationDeadline > begins) ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'deadlineAfterStart' })
    }
    if (e.address === null && e.onlineUrl === null) ctx.addIssue({ code: 'custom', path: ['address'], message: 'placeOrLink' })
  }, everyError)
  .transform((e) => ({
    ...e,
    ...(e.allDay ? (({ start, end }) => ({ startsAt: start, endsAt: end }))(wholeDays(e.startsAt, e.endsAt)) : {}),
    // Seats belong to a way of attending the meeting offers: no room, no room seats; no link, no online places.
    capacity: e.address || !e.onlineUrl ? e.capacity : null,
    onlineCapacity: e.onlineUrl ? e.onlineCapacity : null,
  }))

/** Creating only: repeat the meeting (each occurrence gets its own page, seats and registrations). */
export const createEventSchema = z.intersection(
  eventSchema,
  z
    .object({
      recurrence: z.enum(RECURRENCES, 'required').default('NONE'),
      occurrences: z
        .string()
        .trim()
        .regex(/^\d{0,3}$/, 'occurrencesInvalid')
        .transform((v) => (v ? Number(v) : 1)),
    })
    .superRefine((e, ctx) => {
      if (e.recurrence !== 'NONE' && (e.occurrences < 2 || e.occurrences > MAX_OCCURRENCES))
        ctx.addIssue({ code: 'custom', path: ['occurrences'], message: 'occurrencesInvalid' })
    }),
)

export const eventRefSchema = z.object({ eventId: recordId })

/** Registering, or switching mode: in the room or online (absent: the meeting's first mode). */
export const registrationSchema = eventRefSchema.extend({ mode: z.enum(ATTENDANCE_MODES, 'modeUnavailable').optional() })

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
  }, everyError)

export const materialRefSchema = z.object({ materialId: recordId })

/** The member's private calendar feed: a new secret URL (`true`), or none (`false`). */
export const calendarFeedSchema = z.object({ enable: z.enum(['true', 'false'], 'invalid').transform((v) => v === 'true') })

/** Cancelling: this date, this and the following dates of its series, or every date still ahead in the series. */
export const cancelEventSchema = eventRefSchema.extend({ scope: z.enum(['one', 'following', 'series'], 'invalid').default('one') })

/** Extending a series by a number of dates (in all at most MAX_SERIES). */
export const extendSeriesSchema = eventRefSchema.extend({
  count: z
    .string('occurrencesInvalid')
    .trim()
    .regex(/^\d{1,2}$/, 'extendInvalid')
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_SERIES, 'extendInvalid'),
})
