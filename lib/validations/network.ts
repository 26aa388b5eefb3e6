import { everyError, z } from '@/lib/validations/zod'
import { line, recordId, repeated, text } from '@/lib/validations/fields'
import { REGION_IDS } from '@/lib/territory'
import { isValidCodiceFiscale, isValidPartitaIva, normaliseTaxCode } from '@/lib/tax-codes'

export const ORGANISATION_TYPES = [
  'PUBLIC_ADMINISTRATION',
  'PUBLIC_BODY',
  'ENTERPRISE',
  'SME',
  'ASSOCIATION',
  'UNIVERSITY',
  'OTHER',
] as const
export const COMMITMENTS = ['1', '2', '3', '4', '5', '6', '7'] as const
export type Commitment = (typeof COMMITMENTS)[number]

/**
 * The adhesion form. A tax code or a VAT number is required (public bodies often have only the first);
 * both are checked for format and check digit. At least one commitment, and the explicit acceptance.
 */
export const adhesionSchema = z
  .object({
    orgName: line('required').min(2, 'required').max(200, 'tooLong'),
    orgType: z.enum(ORGANISATION_TYPES, 'required'),
    // Checked on the field itself, so the message shows even when other fields are wrong too.
    taxCode: z
      .string()
      .trim()
      .max(20, 'taxCodeInvalid')
      .default('')
      .transform(normaliseTaxCode)
      .refine((v) => !v || isValidCodiceFiscale(v), 'taxCodeInvalid'),
    vatNumber: z
      .string()
      .trim()
      .max(20, 'vatInvalid')
      .default('')
      .transform(normaliseTaxCode)
      .refine((v) => !v || isValidPartitaIva(v), 'vatInvalid'),
    regionId: z.enum(REGION_IDS, 'required'),
    province: line('required').min(2, 'required').max(60, 'tooLong'),
    clusterIds: repeated.pipe(
      z
        .array(
          z
            .string()
            .max(50)
            .regex(/^[A-Za-z0-9_-]*$/, 'notFound'),
        )
        .max(20),
    ),
    sector: line('required').min(2, 'required').max(100, 'tooLong'),
    website: z
      .union([z.literal(''), z.url({ protocol: /^https?$/, message: 'urlInvalid' })], 'urlInvalid')
      .default('')
      .transform((v) => v || null),
    signatoryName: line('required').min(3, 'required').max(120, 'tooLong'),
    signatoryRole: line('required').min(2, 'required').max(120, 'tooLong'),
    commitments: repeated.pipe(z.array(z.enum(COMMITMENTS, 'invalid')).min(1, 'commitmentRequired').max(7)),
    accept: z.literal('on', 'acceptRequired'),
  })
  .superRefine((a, ctx) => {
    if (!a.taxCode && !a.vatNumber) ctx.addIssue({ code: 'custom', path: ['taxCode'], message: 'taxCodeOrVatRequired' })
  }, everyError)

/** Completing an application after a request for more information: the same fields, plus a reply. */
export const adhesionUpdateSchema = z.intersection(
  adhesionSchema,
  z.object({ adhesionId: recordId, reply: text().max(2000, 'tooLong').default('') }),
)

export const adhesionDecisionSchema = z
  .object({
    adhesionId: recordId,
    decision: z.enum(['INFO_REQUESTED', 'APPROVED', 'REJECTED'], 'required'),
    message: text().max(2000, 'tooLong').default(''),
  })
  .superRefine((d, ctx) => {
    if (d.decision !== 'APPROVED' && (typeof d.message === 'string' ? d.message.trim().length : 0) < 5)
      ctx.addIssue({ code: 'custom', path: ['message'], message: 'decisionMessageRequired' })
  }, everyError)

export const membershipDecisionSchema = z.object({
  organisationId: recordId,
  userId: recordId,
  decision: z.enum(['confirm', 'remove']),
})
export const withdrawSchema = z.object({
  organisationId: recordId,
  reason: text().min(5, 'decisionMessageRequired').max(2000, 'tooLong'),
})
