import 'server-only'
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import GithubSlugger from 'github-slugger'
import { caseStudySchema, describeFrontMatterError, type CaseStudyMeta } from '@/lib/case-studies/schema'
import type { Listing } from '@/lib/case-studies/filter'

export const CASE_STUDIES_DIR = path.join(process.cwd(), 'content/case-studies')

export type Body = {
  /** The MDX body as written, in its language. */
  body: string
  /** Plain text of the body, for search and reading time. */
  text: string
  words: number
  headings: { id: string; text: string }[]
}

export type CaseStudy = CaseStudyMeta &
  Body & {
    slug: string
    /** The English body (content/case-studies/en/<slug>.mdx), written from the same sources, citing the same list. */
    en: Body | null
  }

/** A body's plain text and headings. */
export function readBody(body: string): Body {
  const text = body
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`|[\]()-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const slugger = new GithubSlugger()
  const headings = [...body.matchAll(/^##\s+(.+)$/gm)].map((h) => ({ text: h[1]!.trim(), id: slugger.slug(h[1]!.trim()) }))
  return { body, text, words: text.split(' ').length, headings }
}

/** The body a reader of `locale` gets, and its language (Italian where no English body exists yet). */
export function bodyFor(cs: CaseStudy, locale: 'it' | 'en'): Body & { lang: 'it' | 'en' } {
  return locale === 'en' && cs.en ? { ...cs.en, lang: 'en' } : { ...cs, lang: 'it' }
}

/** Splits "---\nyaml\n---\nbody" and validates the YAML with the one schema; errors name file and field. */
export function parseCaseStudyFile(file: string, source: string, englishBody?: string): CaseStudy {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source)
  if (!m) throw new Error(`${file}: missing front matter (--- … --- at the top of the file)`)
  let data: unknown
  try {
    data = parseYaml(m[1]!)
  } catch (e) {
    throw new Error(`${file}: front matter is not valid YAML: ${(e as Error).message}`)
  }
  const parsed = caseStudySchema.safeParse(data)
  if (!parsed.success) throw new Error(describeFrontMatterError(file, parsed.error))
  const slug = path.basename(file, '.mdx')
  if (!/^[a-z0-9-]+$/.test(slug)) throw new Error(`${file}: file name must be a lowercase slug (a-z, 0-9, -)`)
  return { ...parsed.data, slug, ...readBody(m[2]!), en: englishBody === undefined ? null : readBody(englishBody) }
}

/** Every case study, read once per process; a bad file throws (and so fails `next build`). */
let all: CaseStudy[] | undefined
export function getAllCaseStudies(): CaseStudy[] {
  all ??= fs
    .readdirSync(CASE_STUDIES_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const en = path.join(CASE_STUDIES_DIR, 'en', f)
      return parseCaseStudyFile(
        `content/case-studies/${f}`,
        fs.readFileSync(path.join(CASE_STUDIES_DIR, f), 'utf8'),
        fs.existsSync(en) ? fs.readFileSync(en, 'utf8') : undefined,
      )
    })
  return all
}

export function getCaseStudy(slug: string): CaseStudy | undefined {
  return getAllCaseStudies().find((c) => c.slug === slug)
}

export function toListing(cs: CaseStudy, locale: 'it' | 'en'): Listing & { territory: string; years: CaseStudy['years'] } {
  return {
    slug: cs.slug,
    title: cs.title[locale],
    summary: cs.summary[locale],
    // Search covers both languages' titles and summaries, and the body in the reader's language (Italian where no English one exists).
    text: `${cs.title.it} ${cs.title.en} ${cs.summary.it} ${cs.summary.en} ${cs.territory[locale]} ${bodyFor(cs, locale).text}`,
    instruments: cs.instruments,
    regions: cs.regions,
    sector: cs.sector,
    scale: cs.scale,
    status: cs.status.value,
    start: cs.years.start,
    end: cs.years.end,
    territory: cs.territory[locale],
    years: cs.years,
  }
}

/** Case studies sharing an instrument or a region, most in common first. */
export function relatedCaseStudies(cs: CaseStudy, limit = 3): CaseStudy[] {
  const score = (o: CaseStudy) =>
    o.instruments.filter((i) => cs.instruments.includes(i)).length * 2 + o.regions.filter((r) => cs.regions.includes(r)).length + (o.sector === cs.sector ? 1 : 0)
  return getAllCaseStudies()
    .filter((o) => o.slug !== cs.slug)
    .map((o) => ({ o, s: score(o) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || b.o.years.start - a.o.years.start)
    .slice(0, limit)
    .map((x) => x.o)
}
