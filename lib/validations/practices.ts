import { everyError, z } from '@/lib/validations/zod'
import { line, optionalRecordId, recordId, repeated, text } from '@/lib/validations/fields'
import { INSTRUMENTS, SECTORS, THEMES } from '@/lib/practices'
import { REGION_IDS } from '@/lib/territory'

export const PRACTICE_LIMITS = { title: 150, summary: 600, body: 50_000, results: 8, contact: 200 }

const optionalId = optionalRecordId.optional().transform((v) => v || null)

/**
 * One schema for saving and submitting. Saving a draft needs only a title (so that half-written text is never
 * lost); submitting for review, or saving a published practice, needs everything a reader relies on.
 */
export const practiceSchema = z
  .object({
    practiceId: optionalRecordId.optional().transform((v) => v || null),
    intent: z.enum(['save', 'submit']).default('save'),
    title: line('required').min(1, 'required').max(PRACTICE_LIMITS.title, 'titleTooLong'),
    summary: text().max(PRACTICE_LIMITS.summary, 'summaryTooLong').default(''),
    body: text().max(PRACTICE_LIMITS.body, 'practiceBodyTooLong').default(''),
    instruments: repeated.pipe(z.array(z.enum(INSTRUMENTS, 'invalid')).max(INSTRUMENTS.length)),
    theme: z
      .union([z.literal(''), z.enum(THEMES)], 'invalid')
      .optional()
      .transform((v) => v || null),
    sector: z
      .union([z.literal(''), z.enum(SECTORS)], 'invalid')
      .optional()
      .transform((v) => v || null),
    regionId: z
      .union([z.literal(''), z.enum(REGION_IDS)], 'invalid')
      .optional()
      .transform((v) => v || null),
    clusterId: optionalId,
    organisationId: optionalId,
    caseStudySlug: z
      .string()
      .trim()
      .max(100)
      .regex(/^[a-z0-9-]*$/, 'caseStudyUnknown')
      .optional()
      .transform((v) => v || null),
    resultLabel: repeated,
    resultValue: repeated,
    resultUnit: repeated,
    contact: text().max(PRACTICE_LIMITS.contact, 'tooLong').default(''),
    /** "What changed": asked when a published practice is edited. */
    note: text().max(300, 'tooLong').default(''),
  })
  .transform((p, ctx) => {
    // Result rows: label, number (comma or point decimals, signed) and unit; empty rows are dropped.
    const results: { label: string; value: string; unit: string }[] = []
    const rows = Math.max(p.resultLabel.length, p.resultValue.length, p.resultUnit.length)
    for (let i = 0; i < rows; i++) {
      const label = (p.resultLabel[i] ?? '').trim()
      const value = (p.resultValue[i] ?? '').trim().replace(',', '.')
      const unit = (p.resultUnit[i] ?? '').trim()
      if (!label && !value && !unit) continue
      if (!label) ctx.addIssue({ code: 'custom', path: ['resultLabel', i], message: 'required' })
      // Too long is said next to the field, never cut silently.
      if (label.length > 120) ctx.addIssue({ code: 'custom', path: ['resultLabel', i], message: 'tooLong' })
      if (unit.length > 30) ctx.addIssue({ code: 'custom', path: ['resultUnit', i], message: 'tooLong' })
      if (!/^[-+]?\d{1,12}(\.\d{1,6})?$/.test(value)) ctx.addIssue({ code: 'custom', path: ['resultValue', i], message: 'numberInvalid' })
      results.push({ label, value, unit })
    }
    if (results.length > PRACTICE_LIMITS.results) ctx.addIssue({ code: 'custom', path: ['resultLabel', 0], message: 'tooManyResults' })
    const { resultLabel: _l, resultValue: _v, resultUnit: _u, ...rest } = p
    return { ...rest, results }
  })

/** The checks for submitting (and for a published practice): a reviewer and a reader need all of this. */
export function completenessErrors(p: z.output<typeof practiceSchema>): Record<string, string> {
  const e: Record<string, string> = {}
  if (p.title.length < 8) e.title = 'titleTooShort'
  if (p.summary.length < 20) e.summary = p.summary ? 'summaryTooShort' : 'required'
  if (p.body.length < 50) e.body = p.body ? 'practiceBodyTooShort' : 'required'
  if (p.instruments.length === 0) e.instruments = 'instrumentRequired'
  if (!p.theme) e.theme = 'required'
  if (!p.regionId && !p.clusterId) e.regionId = 'territoryRequired'
  return e
}

export const reviewSchema = z
  .object({
    practiceId: recordId,
    decision: z.enum(['PUBLISHED', 'RETURNED', 'REJECTED'], 'required'),
    comment: text().max(5000, 'tooLong').default(''),
  })
  .superRefine((r, ctx) => {
    if (r.decision !== 'PUBLISHED' && (typeof r.comment === 'string' ? r.comment.trim().length : 0) < 5)
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'reviewCommentRequired' })
  }, everyError)

export const practiceRefSchema = z.object({ practiceId: recordId })
