import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CASE_STUDIES_DIR, getAllCaseStudies, parseCaseStudyFile } from '@/server/content/case-studies'
import { GLOSSARY } from '@/lib/glossary'
import { CLUSTERS } from '@/server/seed'

const files = fs.readdirSync(CASE_STUDIES_DIR).filter((f) => f.endsWith('.mdx'))
const read = (f: string) => fs.readFileSync(path.join(CASE_STUDIES_DIR, f), 'utf8')

describe('case-study front matter', () => {
  it('has at least 12 case studies, covering the four instruments and at least seven regions (issue 18)', () => {
    expect(files.length).toBeGreaterThanOrEqual(12)
    const all = getAllCaseStudies()
    const instruments = new Set(all.flatMap((c) => c.instruments))
    expect(instruments.has('emas') || instruments.has('emas-cluster'), 'EMAS').toBe(true)
    for (const i of ['apo', 'apea', 'csr'] as const) expect(instruments.has(i), i).toBe(true)
    expect(new Set(all.flatMap((c) => c.regions)).size).toBeGreaterThanOrEqual(7)
  })

  it('every case study about a district names a seeded district, so its district page shows the same status (issue 18)', () => {
    const seeded = new Set(CLUSTERS.map((c) => c.slug))
    for (const c of getAllCaseStudies()) if (c.cluster) expect(seeded.has(c.cluster), `${c.slug}: cluster ${c.cluster}`).toBe(true)
  })

  it.each(files)('%s is valid and every <Source n> points to a listed source', (f) => {
    const cs = parseCaseStudyFile(`content/case-studies/${f}`, read(f))
    expect(cs.sources.length).toBeGreaterThan(0)
    const refs = [...cs.body.matchAll(/<Source n="(\d+)" \/>/g)].map((m) => Number(m[1]))
    expect(refs.length, 'the body cites its sources').toBeGreaterThan(0)
    for (const n of refs) expect(n, `source ${n}`).toBeLessThanOrEqual(cs.sources.length)
    // Every listed source is cited somewhere (body, outcomes or funding).
    const cited = new Set([
      ...refs,
      ...cs.outcomes.map((o) => o.source),
      ...(cs.funding === 'unknown' ? [] : [cs.funding.source]),
      cs.status.source,
    ])
    cs.sources.forEach((_, i) => expect(cited.has(i + 1), `source ${i + 1} of ${f} is cited`).toBe(true))
  })

  it.each(files)('%s says where it stands today: a status with a date and the source that says so (issue 18)', (f) => {
    const cs = parseCaseStudyFile(`content/case-studies/${f}`, read(f))
    expect(['active', 'ended', 'lapsed']).toContain(cs.status.value)
    expect(cs.status.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/)
    const source = cs.sources[cs.status.source - 1]!
    expect(source, 'the status source is listed').toBeTruthy()
    // The status can only be as recent as its source.
    if (source.date)
      expect(source.date.slice(0, 7) >= cs.status.asOf.slice(0, 7) || source.date.length === 4, `${f}: status newer than its source`).toBe(
        true,
      )
  })

  // Headings the Italian bodies use, and words no English heading has (issue 18: "Il contesto" on an English page).
  const ITALIAN_HEADINGS = [
    'Il contesto',
    'Il problema',
    'Il progetto',
    'I risultati',
    'Oggi',
    "L'idea",
    'Obiettivi',
    'Che cosa non sappiamo',
    'Le aree pilota',
    'Il partenariato',
    'Finanziamento e durata',
    'La sperimentazione',
    'Le otto aree',
  ]
  const ITALIAN_WORDS = /\b(il|lo|la|gli|le|del|della|dei|delle|che|non|sappiamo|risultati|progetto|contesto|oggi)\b/i

  it.each(files)('%s has an English body that cites only its listed sources and has English headings (issue 18)', (f) => {
    const cs = getAllCaseStudies().find((c) => `${c.slug}.mdx` === f)!
    expect(cs.en, `content/case-studies/en/${f} exists`).not.toBeNull()
    const refs = [...cs.en!.body.matchAll(/<Source n="(\d+)" \/>/g)].map((m) => Number(m[1]))
    expect(refs.length, 'the English body cites its sources').toBeGreaterThan(0)
    for (const n of refs) expect(n, `source ${n} of ${f}`).toBeLessThanOrEqual(cs.sources.length)
    // Every source the Italian body cites is cited in English too: the same facts, from the same sources.
    const itRefs = new Set([...cs.body.matchAll(/<Source n="(\d+)" \/>/g)].map((m) => Number(m[1])))
    expect(new Set(refs)).toEqual(itRefs)
    for (const h of cs.en!.headings) {
      expect(ITALIAN_HEADINGS, `${f}: "${h.text}"`).not.toContain(h.text)
      expect(h.text, `${f}: "${h.text}" reads as Italian`).not.toMatch(ITALIAN_WORDS)
    }
  })

  it('rejects a broken file with a message naming the file and the field', () => {
    const good = read(files[0]!)
    const broken = good.replace(/^years: .*$/m, 'years: { start: "twenty", end: null }')
    expect(() => parseCaseStudyFile('content/case-studies/broken.mdx', broken)).toThrow(
      /content\/case-studies\/broken\.mdx: invalid front matter\n\s+field "years\.start"/,
    )
    const noSources = good.replace(/^sources:[\s\S]*?(?=^updated:)/m, 'sources: []\n')
    expect(() => parseCaseStudyFile('content/case-studies/x.mdx', noSources)).toThrow(/field "sources"/)
    const badRegion = good.replace(/^regions: .*$/m, 'regions: [atlantide]')
    expect(() => parseCaseStudyFile('content/case-studies/x.mdx', badRegion)).toThrow(/field "regions\.0": unknown region id/)
    const extra = good.replace(/^updated:/m, 'author: someone\nupdated:')
    expect(() => parseCaseStudyFile('content/case-studies/x.mdx', extra)).toThrow(/author/)
    expect(() => parseCaseStudyFile('content/case-studies/x.mdx', 'no front matter')).toThrow(/missing front matter/)
  })

  it('gives each case study a unique, stable slug from its file name', () => {
    const slugs = getAllCaseStudies().map((c) => c.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    expect(slugs).toContain('distretto-cartario-lucca')
  })
})

describe('glossary', () => {
  it('has unique ids and a valid pattern for each term', () => {
    expect(new Set(GLOSSARY.map((g) => g.id)).size).toBe(GLOSSARY.length)
    for (const g of GLOSSARY) expect(() => new RegExp(g.match)).not.toThrow()
    for (const id of ['emas', 'apo', 'apea', 'csr', 'soggetto-gestore', 'dichiarazione-ambientale-di-distretto'])
      expect(GLOSSARY.map((g) => g.id)).toContain(id)
  })
})
