import { diffLines, diffWords } from 'diff'
import { decodeCodes } from '@/lib/codes'

export const INSTRUMENTS = ['EMAS', 'APO', 'APEA', 'CSR', 'ISO14001', 'ECOLABEL', 'OTHER'] as const
export const THEMES = ['WATER', 'WASTE', 'ENERGY', 'AIR', 'MOBILITY', 'GOVERNANCE', 'REPORTING', 'TRAINING', 'OTHER'] as const
export const SECTORS = ['PAPER', 'TEXTILE', 'LEATHER', 'FURNITURE', 'FOOD', 'CHEMICALS', 'METALWORK', 'TOURISM', 'MIXED', 'OTHER'] as const
export type Instrument = (typeof INSTRUMENTS)[number]
export type Theme = (typeof THEMES)[number]
export type Sector = (typeof SECTORS)[number]

/** The known instruments in a stored code list (lib/codes.ts); anything else is ignored. */
export const decodeInstruments = (s: string) =>
  decodeCodes(s).filter((x): x is Instrument => (INSTRUMENTS as readonly string[]).includes(x))

export type Result = { label: string; value: string; unit: string }

/** What a revision keeps: the text and the facts a reader sees. */
export type PracticeSnapshot = {
  title: string
  summary: string
  body: string
  instruments: string[]
  theme: string | null
  sector: string | null
  regionId: string | null
  clusterId: string | null
  organisationId: string | null
  caseStudySlug: string | null
  results: Result[]
  contact: string
}

export const SNAPSHOT_FIELDS = [
  'title',
  'summary',
  'body',
  'instruments',
  'theme',
  'sector',
  'regionId',
  'clusterId',
  'organisationId',
  'caseStudySlug',
  'results',
  'contact',
] as const

function asText(field: (typeof SNAPSHOT_FIELDS)[number], s: PracticeSnapshot): string {
  const v = s[field]
  if (field === 'results') return (v as Result[]).map((r) => `${r.label}: ${r.value} ${r.unit}`.trim()).join('\n')
  if (Array.isArray(v)) return v.join(', ')
  return (v as string | null) ?? ''
}

export type FieldDiff = { field: (typeof SNAPSHOT_FIELDS)[number]; parts: { value: string; added?: boolean; removed?: boolean }[] }

/** Word-level differences between two revisions, only for the fields that changed. */
export function diffSnapshots(before: PracticeSnapshot | null, after: PracticeSnapshot): FieldDiff[] {
  const out: FieldDiff[] = []
  for (const field of SNAPSHOT_FIELDS) {
    const a = before ? asText(field, before) : ''
    const b = asText(field, after)
    if (a === b) continue
    // Prose by words; results and the other short facts by whole line (a figure changes as a whole).
    const parts = field === 'title' || field === 'summary' || field === 'body' ? diffWords(a, b) : diffLines(a, b)
    out.push({
      field,
      parts: parts.map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) })),
    })
  }
  return out
}

export function parseSnapshot(json: string): PracticeSnapshot {
  return JSON.parse(json) as PracticeSnapshot
}
