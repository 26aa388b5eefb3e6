import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { countPractices, getPractice, listPractices } from '@/server/practices/queries'
import { encodeCodes } from '@/lib/codes'
import { markPracticeUseful, reviewPractice, savePractice } from '@/server/practices/commands'
import { practiceSchema, reviewSchema } from '@/lib/validations/practices'
import { data, errorOf, member } from './helpers'

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

describe(`good-practice commands (${provider})`, () => {
  const complete = (title: string, extra: Record<string, unknown> = {}) =>
    practiceSchema.parse({
      title, summary: 'Un riassunto abbastanza lungo per la revisione', body: 'Un testo completo: '.repeat(5), instruments: ['EMAS'], theme: 'WATER', regionId: 'toscana',
      resultLabel: 'Acqua risparmiata', resultValue: '12,5', resultUnit: '%', ...extra,
    })

  it('draft → submitted (reviewers notified, author locked out) → published by one of two reviewers deciding at once', async () => {
    const [author, stranger, mod1, mod2] = [await member(), await member(), await member('MODERATOR'), await member('MODERATOR')]
    const draft = data(await savePractice(practiceSchema.parse({ title: `Bozza ${tag}` }), author))
    expect(draft.status).toBe('DRAFT')
    expect(errorOf(await savePractice(complete(`Altrui ${tag}`, { practiceId: draft.practiceId }), stranger))).toBe('forbidden')

    const submitted = data(await savePractice(complete(`Depuratore consortile ${tag}`, { practiceId: draft.practiceId, intent: 'submit' }), author))
    expect(submitted.status).toBe('SUBMITTED')
    expect(await db.notification.count({ where: { userId: mod1.id, kind: 'PRACTICE_SUBMITTED', practiceId: draft.practiceId } })).toBe(1)
    expect(errorOf(await savePractice(complete(`Ritocco ${tag}`, { practiceId: draft.practiceId }), author))).toBe('practiceUnderReview')

    const decisions = await Promise.all([mod1, mod2].map((m) => reviewPractice(reviewSchema.parse({ practiceId: draft.practiceId, decision: 'PUBLISHED' }), m)))
    expect(decisions.filter((d) => d.ok)).toHaveLength(1)
    expect(decisions.map(errorOf).filter(Boolean)).toEqual(['practiceNotSubmitted'])
    expect(await db.practiceReview.count({ where: { practiceId: draft.practiceId } })).toBe(1)
    expect(await db.notification.count({ where: { userId: author.id, kind: 'PRACTICE_PUBLISHED' } })).toBe(1)
    const p = await getPractice(draft.practiceId)
    expect(p?.status).toBe('PUBLISHED')
  })

  it('asks for the missing parts before a submission, and a change note when a published practice is edited', async () => {
    const author = await member()
    const r = await savePractice(practiceSchema.parse({ title: 'Corto', intent: 'submit' }), author)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.fieldErrors).toMatchObject({ title: 'titleTooShort', summary: 'required', body: 'required', instruments: 'instrumentRequired' })

    const mod = await member('MODERATOR')
    const { practiceId } = data(await savePractice(complete(`Energia condivisa ${tag}`, { intent: 'submit' }), author))
    data(await reviewPractice(reviewSchema.parse({ practiceId, decision: 'PUBLISHED' }), mod))
    expect(await savePractice(complete(`Energia condivisa ${tag}`, { practiceId }), author)).toEqual({ ok: false, fieldErrors: { note: 'changeNoteRequired' } })
    data(await savePractice(complete(`Energia condivisa ${tag}`, { practiceId, note: 'Dati 2026' }), author))
    expect(await db.practiceRevision.count({ where: { practiceId } })).toBe(2)
  })

  it('counts "useful" once per member, never for the author', async () => {
    const [author, reader, mod] = [await member(), await member(), await member('MODERATOR')]
    const { practiceId } = data(await savePractice(complete(`Rifiuti in comune ${tag}`, { intent: 'submit' }), author))
    data(await reviewPractice(reviewSchema.parse({ practiceId, decision: 'PUBLISHED' }), mod))
    await Promise.all([markPracticeUseful({ practiceId }, reader), markPracticeUseful({ practiceId }, reader)])
    expect(errorOf(await markPracticeUseful({ practiceId }, author))).toBe('forbidden')
    expect((await db.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { usefulCount: true } })).usefulCount).toBe(1)
  })

  it('a moderator\'s own practice needs another reviewer (issue 12)', async () => {
    const [mod, other] = [await member('MODERATOR'), await member('MODERATOR')]
    const { practiceId } = data(await savePractice(complete(`Quattro occhi ${tag}`, { intent: 'submit' }), mod))
    expect(errorOf(await reviewPractice(reviewSchema.parse({ practiceId, decision: 'PUBLISHED' }), mod))).toBe('ownPracticeReview')
    expect((await db.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { status: true } })).status).toBe('SUBMITTED')
    data(await reviewPractice(reviewSchema.parse({ practiceId, decision: 'PUBLISHED' }), other))
  })

  it('attributes a practice only to an organisation its author belongs to (issue 12)', async () => {
    const author = await member()
    const org = await db.organisation.create({ data: { slug: `org-${tag}-${author.id}`, name: 'Comune', type: 'PUBLIC_ADMINISTRATION' }, select: { id: true } })
    const r = await savePractice(practiceSchema.parse({ title: `Altrui ${tag}`, organisationId: org.id }), author)
    expect(r).toEqual({ ok: false, fieldErrors: { organisationId: 'organisationNotYours' } })
    await db.membership.create({ data: { userId: author.id, organisationId: org.id, confirmedAt: new Date() } })
    data(await savePractice(practiceSchema.parse({ title: `Nostra ${tag}`, organisationId: org.id }), author))
  })
})
