import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { countPractices, getPractice, listPractices } from '@/server/practices/queries'
import { encodeCodes } from '@/lib/codes'

const provider = env().provider
const tag = Math.random().toString(36).slice(2, 10)

afterAll(() => db.$disconnect())

describe(`good practices (${provider})`, () => {
  it('filters by instrument code exactly, searches case-insensitively with every word, pages by keyset without repeats', async () => {
    const author = await db.user.create({ data: { email: `pr-${tag}@test.invalid`, name: 'Autrice', handle: `pr.${tag}`, passwordHash: 'x' } })
    const base = { authorId: author.id, status: 'PUBLISHED' as const, summary: 's', body: 'b', theme: 'WATER', regionId: 'toscana' }
    const t0 = Date.now()
    // 45 practices: every third uses APO, all EMAS; one title carries an unusual word in mixed case.
    for (let i = 0; i < 45; i++) {
      await db.practice.create({
        data: { ...base, title: `Pratica ${tag} n${i}${i === 7 ? ' Depuratore Consortile' : ''}`, instruments: encodeCodes(i % 3 === 0 ? ['EMAS', 'APO'] : ['EMAS']), publishedAt: new Date(t0 - i * 60_000), usefulCount: i % 5 },
      })
    }
    // A draft never shows up.
    await db.practice.create({ data: { ...base, status: 'DRAFT', title: `Pratica ${tag} bozza`, instruments: ',APO,' } })

    expect(await countPractices({ q: tag, instrument: 'APO' })).toBe(15)
    expect(await countPractices({ q: tag, instrument: 'EMAS' })).toBe(45)
    expect(await countPractices({ q: `${tag} depuratore CONSORTILE` })).toBe(1)
    expect(await countPractices({ q: `${tag} depuratore assente` })).toBe(0)

    for (const sort of ['newest', 'useful'] as const) {
      const seen: string[] = []
      let cursor: string | undefined
      let pages = 0
      do {
        const page = await listPractices({ q: tag }, sort, cursor)
        seen.push(...page.items.map((p) => p.id))
        cursor = page.next ?? undefined
        pages++
      } while (cursor && pages < 10)
      expect(pages).toBe(3)
      expect(new Set(seen).size).toBe(45)
      if (sort === 'useful') {
        const counts = (await db.practice.findMany({ where: { id: { in: seen } }, select: { id: true, usefulCount: true } })).reduce<Record<string, number>>((a, p) => ((a[p.id] = p.usefulCount), a), {})
        const ordered = seen.map((id) => counts[id]!)
        expect(ordered).toEqual([...ordered].sort((a, b) => b - a))
      }
    }
  })

  it('keeps each revision and diffs it against the one before', async () => {
    const author = await db.user.create({ data: { email: `pr2-${tag}@test.invalid`, name: 'Autore', handle: `pr2.${tag}`, passwordHash: 'x' } })
    const snap = (body: string) => JSON.stringify({ title: 'T', summary: 'S', body, instruments: ['EMAS'], theme: 'WASTE', sector: null, regionId: 'toscana', clusterId: null, organisationId: null, caseStudySlug: null, results: [], contact: '' })
    const p = await db.practice.create({ data: { authorId: author.id, status: 'PUBLISHED', title: 'T', summary: 'S', body: 'ogni mese', revision: 2 } })
    await db.practiceRevision.createMany({ data: [{ practiceId: p.id, number: 1, editorId: author.id, data: snap('ogni mese') }, { practiceId: p.id, number: 2, editorId: author.id, data: snap('ogni settimana'), note: 'frequenza' }] })
    const got = await getPractice(p.id)
    expect(got!.revisions).toHaveLength(2)
    expect(got!.revisions[1]!.changes).toEqual([{ field: 'body', parts: [{ value: 'ogni ' }, { value: 'mese', removed: true }, { value: 'settimana', added: true }] }])
    await expect(db.practiceRevision.create({ data: { practiceId: p.id, number: 2, editorId: author.id, data: snap('x') } })).rejects.toThrow()
  })
})
