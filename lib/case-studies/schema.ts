import { z } from 'zod'
import { REGION_IDS } from '@/lib/territory'

// The one schema for case-study front matter (content/case-studies/*.mdx). A file that does not match
// fails the build with a message naming the file and the field.

export const INSTRUMENTS = ['emas-cluster', 'apo', 'apea', 'emas', 'csr', 'iso-14001', 'ecolabel', 'lca', 'circular-economy'] as const
export const SCALES = ['local', 'regional', 'national', 'international'] as const
export const SECTORS = ['paper', 'furniture', 'tanning', 'textiles', 'tourism', 'agri-food', 'chemicals', 'ceramics', 'mixed'] as const
/**
 * Where a case study stands today: `active` (the attestation is held, the service runs), `ended` (a project that
 * closed), `lapsed` (an attestation no longer held) — each as of a date, with the source that says so.
 */
export const STATUSES = ['active', 'ended', 'lapsed'] as const
export type Status = (typeof STATUSES)[number]
export const PARTNER_TYPES = ['PUBLIC_ADMINISTRATION', 'PUBLIC_BODY', 'ENTERPRISE', 'SME', 'ASSOCIATION', 'UNIVERSITY', 'OTHER'] as const

export type Instrument = (typeof INSTRUMENTS)[number]
export type Scale = (typeof SCALES)[number]
export type Sector = (typeof SECTORS)[number]

const text = z.string().trim().min(1)
const localized = z.object({ it: text, en: text }, 'must have "it" and "en" texts')
/** Where a detail is not known the file says so explicitly, instead of leaving it out or guessing. */
const UNKNOWN = z.literal('unknown')

const year = z.number().int().min(1950).max(2100)

export const caseStudySchema = z
  .object({
    title: localized,
    summary: localized,
    territory: localized,
    /** Slug of a seeded cluster/district, when the case study is about one. */
    cluster: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    regions: z.array(z.enum(REGION_IDS, 'unknown region id (see lib/territory.ts)')).min(1),
    sector: z.enum(SECTORS),
    scale: z.enum(SCALES),
    instruments: z.array(z.enum(INSTRUMENTS)).min(1),
    years: z.object({ start: year, end: year.nullable() }),
    status: z.object({
      value: z.enum(STATUSES),
      /** The date the source speaks for ("2025-11-18", or "2014-03" when only the month is known). */
      asOf: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date: YYYY-MM-DD or YYYY-MM'),
      source: z.number().int().min(1),
    }),
    funding: z.union([UNKNOWN, z.object({ programme: text, amount: text.optional(), source: z.number().int().min(1) })]),
    partners: z.union([UNKNOWN, z.array(z.object({ name: text, type: z.enum(PARTNER_TYPES), role: localized.optional() })).min(1)]),
    /** Figures with units; `source` is the number of the supporting entry in `sources` (1-based). */
    outcomes: z
      .array(
        z.object({
          label: localized,
          value: localized,
          unit: localized.optional(),
          period: text.optional(),
          source: z.number().int().min(1),
        }),
      )
      .default([]),
    lessons: z.union([UNKNOWN, z.array(localized).min(1)]),
    /** Where sources disagree, say so. */
    disagreements: z.array(localized).default([]),
    sources: z.array(z.object({ title: text, url: z.url({ protocol: /^https?$/ }), publisher: text, date: text.optional() })).min(1),
    updated: z.iso.date(),
  })
  .strict()
  .superRefine((cs, ctx) => {
    if (cs.years.end !== null && cs.years.end < cs.years.start)
      ctx.addIssue({ code: 'custom', path: ['years', 'end'], message: 'ends before it starts' })
    const n = cs.sources.length
    cs.outcomes.forEach((o, i) => {
      if (o.source > n)
        ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'source'], message: `points to source ${o.source}, but there are ${n}` })
    })
    if (cs.status.source > n)
      ctx.addIssue({ code: 'custom', path: ['status', 'source'], message: `points to source ${cs.status.source}, but there are ${n}` })
    if (cs.funding !== 'unknown' && cs.funding.source > n)
      ctx.addIssue({ code: 'custom', path: ['funding', 'source'], message: `points to source ${cs.funding.source}, but there are ${n}` })
  })

export type CaseStudyMeta = z.output<typeof caseStudySchema>

/** "content/case-studies/x.mdx: front matter field "years.start": expected number" */
export function describeFrontMatterError(file: string, error: z.ZodError): string {
  const lines = error.issues.map((i) => `  field "${i.path.join('.') || '(root)'}": ${i.message}`)
  return `${file}: invalid front matter\n${lines.join('\n')}`
}
