import { z } from 'zod'
import { romeLocalToUtc } from '@/lib/dates'
import { REGION_IDS } from '@/lib/territory'

export const EVENT_TYPES = ['PLENARY', 'WORKING_GROUP', 'WEBINAR', 'SITE_VISIT', 'CONFERENCE', 'OTHER'] as const

const optional = (max: number) => z.string().trim().max(max, 'tooLong').transform((v) => v || null)
const localTime = (code: string) =>
  z.string('required').trim().min(1, 'required').transform((v, ctx) => {
    const d = romeLocalToUtc(v)
    if (!d) ctx.addIssue({ code: 'custom', message: code })
    return d ?? new Date(0)
  })

export const eventSchema = z
  .object({
    title: z.string('required').trim().min(1, 'required').min(3, 'titleTooShort').max(150, 'titleTooLong'),
    type: z.enum(EVENT_TYPES, 'required'),
    description: z.string('required').trim().min(1, 'required').max(20_000, 'bodyTooLong'),
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
    registrationDeadline: z.string().trim().transform((v, ctx) => {
      if (!v) return null
      const d = romeLocalToUtc(v)
      if (!d) ctx.addIssue({ code: 'custom', message: 'dateInvalid' })
      return d
    }),
  })
  .superRefine((e, ctx) => {
    if (e.endsAt.getTime() && e.startsAt.getTime() && e.endsAt <= e.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endBeforeStart' })
    if (e.registrationDeadline && e.registrationDeadline > e.startsAt) ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'deadlineAfterStart' })
    if (!e.address && !e.onlineUrl) ctx.addIssue({ code: 'custom', path: ['address'], message: 'placeOrLink' })
  })

export const eventRefSchema = z.object({ eventId: z.string().min(1).max(50) })

export const updateEventSchema = z.intersection(eventRefSchema, eventSchema)
