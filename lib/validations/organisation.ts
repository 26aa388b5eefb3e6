import { z } from '@/lib/validations/zod'
import { line, recordId, text } from '@/lib/validations/fields'

export const membershipSchema = z.object({
  organisationId: z
    .string('required')
    .min(1, 'required')
    .max(50, 'required')
    .regex(/^[A-Za-z0-9_-]+$/, 'required'),
})

/** Whether the member's name appears on the organisation's public page. */
export const listedSchema = z.object({ organisationId: recordId, listed: z.enum(['yes', 'no']) })

const checkbox = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on')
const optionalLine = (max: number) =>
  line()
    .max(max, 'tooLong')
    .transform((v) => v || null)

/**
 * An organisation's public profile, kept by its contact person (or an admin): a Markdown description, website and
 * public contact address, street address, environmental credentials and a logo (checked by its content on the server).
 */
export const organisationProfileSchema = z.object({
  organisationId: recordId,
  description: text()
    .max(5_000, 'descriptionTooLong')
    .transform((v) => v || null),
  website: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, message: 'websiteInvalid' })], 'websiteInvalid')
    .transform((v) => v || null),
  publicEmail: z
    .union([z.literal(''), z.email('emailInvalid').max(254, 'emailInvalid')], 'emailInvalid')
    .transform((v) => (v ? v.toLowerCase() : null)),
  address: optionalLine(200),
  /** The EMAS registration number as the register writes it, e.g. "IT-001234". */
  emasNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^$|^[A-Z]{2}-?\d{3,7}$/, 'emasNumberInvalid')
    .transform((v) => v || null),
  emasSince: z
    .string()
    .trim()
    .regex(/^$|^\d{4}-\d{2}-\d{2}$/, 'dateInvalid')
    .transform((v, ctx) => {
      if (!v) return null
      const d = new Date(`${v}T00:00:00Z`)
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v || d > new Date()) {
        ctx.addIssue({ code: 'custom', message: 'dateInvalid' })
        return null
      }
      return d
    }),
  iso14001: checkbox,
  apo: checkbox,
  apea: checkbox,
  logo: z.instanceof(File).optional(),
  removeLogo: checkbox,
})
