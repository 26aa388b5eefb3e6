import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { seedReference } from '@/server/seed'
import { search, suggest, SEARCH_TYPES, type SearchInput, type SearchType } from '@/server/search/query'
import { indexMissing } from '@/server/search/backfill'
import { indexTerms, matchesTerms, queryTerms } from '@/lib/search/analyze'
import { member, uid } from './helpers'

const provider = env().provider
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('')
let categoryId = ''
let authorId = ''

beforeAll(async () => {
  await seedReference()
  const c = await db.forumCategory.create({ data: { slug: `search-${uid()}`, nameIt: 'Ricerca', nameEn: 'Search', descriptionIt: 'x', descriptionEn: 'x' } })
  categoryId = c.id
  authorId = (await member()).id
})
afterAll(() => db.$disconnect())

/** Every page of one type's results (keyset cursors followed to the end). */
async function allPages(input: Omit<SearchInput, 'locale'> & { type: SearchType }, limit = 7) {
  const keys: string[] = []
  let cursor: string | undefined
  for (let i = 0; i < 100; i++) {
    const r = await search({ ...input, locale: 'it', limit, cursor })
    keys.push(...r.hits.map((h) => h.key))
    if (!r.next) return keys
    cursor = r.next
  }
  throw new Error('paging did not end')
}

async function thread(title: string, body: string, at = new Date()) {
  return db.thread.create({ data: { categoryId, authorId, title, lastPostAt: at, createdAt: at, posts: { create: { authorId, number: 1, body, bodyHash: uid(), createdAt: at } } } })
}

describe(`search (${provider})`, () => {
  it('finds Italian word forms: stems on both sides, accents folded, prefixes kept, stop words ignored', async () => {
    const tag = `zqx${uid()}`
    const t = await thread(`Le concerie del distretto ${tag}`, `La registrazione EMAS e il fango di depurazione. Perché aderire? ${tag}`)
    const found = async (q: string) => (await search({ q: `${q} ${tag}`, locale: 'it', type: 'thread' })).hits.map((h) => h.key)
    const foundPosts = async (q: string) => (await search({ q: `${q} ${tag}`, locale: 'it', type: 'post' })).hits.length
    expect(await found('conceria')).toEqual([t.id])
    expect(await found('distretti')).toEqual([t.id])
    expect(await foundPosts('registrazioni')).toBe(1)
    expect(await foundPosts('fanghi')).toBe(1)
    expect(await foundPosts('perche')).toBe(1)
    expect(await foundPosts('PERCHÉ')).toBe(1)
    // As typed: a word's beginning finds it.
    expect(await foundPosts('depur')).toBe(1)
    // Stop words alone are no query; with other words they are ignored.
    expect((await search({ q: 'il della e', locale: 'it' })).hits).toEqual([])
    expect(await found(`il del ${'conceria'}`)).toEqual([t.id])
    // Every word is required.
    expect(await found('conceria fotovoltaico')).toEqual([])
    // Query syntax of either database is just text.
    expect((await search({ q: `"${tag}" * -- ; :* & | ! ( ' {x}`, locale: 'it' })).counts.post).toBe(1)
  })

  it('finds each type of content, and clean excerpts with the matches marked', async () => {
    const tag = `zqy${uid()}`
    const org = await db.organisation.create({ data: { slug: `o-${tag}`, name: `Consorzio ${tag}`, type: 'SME', adheredAt: new Date(), sector: 'Fanghi' } })
    const practice = await db.practice.create({
      data: { authorId, status: 'PUBLISHED', publishedAt: new Date(), title: `Recupero dei fanghi ${tag}`, summary: 'Sintesi', body: `**Fanghi** di [conceria](https://example.com/x) riusati ${tag}. Vedi https://example.org/fanghi` },
    })
    const ev = await db.event.create({
      data: { title: `Riunione plenaria ${tag}`, type: 'PLENARY', description: 'Programma', startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), organiserId: authorId },
    })
    const t = await thread(`Domanda ${tag}`, `Chi conosce il ${tag}?`)
    const r = await search({ q: tag, locale: 'it' })
    expect(r.counts).toMatchObject({ organisation: 1, practice: 1, event: 1, thread: 1, post: 1 })
    const keys = r.hits.map((h) => `${h.type}:${h.key}`)
    expect(keys).toEqual(expect.arrayContaining([`organisation:${org.id}`, `practice:${practice.id}`, `event:${ev.id}`, `thread:${t.id}`]))
    const p = (await search({ q: `fanghi ${tag}`, locale: 'it', type: 'practice' })).hits[0]!
    expect(text(p.excerpt)).not.toMatch(/\*\*|\]\(|https?:|example/)
    expect(p.excerpt.filter((x) => x.match).map((x) => x.text)).toEqual(expect.arrayContaining(['Fanghi', tag]))
    expect((await search({ q: `plenaria ${tag}`, locale: 'it', type: 'event' })).hits.map((h) => h.key)).toEqual([ev.id])
    // Case studies, glossary terms and territory pages, from files and reference data.
    expect((await search({ q: 'conceria', locale: 'it', type: 'caseStudy' })).hits.map((h) => h.key)).toContain('distretto-conciario-toscano')
    expect((await search({ q: 'attestato', locale: 'it' })).counts.glossary).toBeGreaterThan(0)
    expect((await search({ q: 'toscana', locale: 'it', type: 'territory' })).hits.map((h) => h.key)).toContain('toscana')
    expect((await search({ q: 'tuscany', locale: 'en', type: 'territory' })).hits[0]?.title.map((x) => x.text).join('')).toBe('Tuscany')
    // Suggestions: titles across types.
    const s = await suggest(`plenaria ${tag}`, 'it')
    expect(s.map((h) => h.key)).toEqual([ev.id])
  })

  it('never finds what is not public, whoever searches', async () => {
    const tag = `zqz${uid()}`
    for (const status of ['DRAFT', 'SUBMITTED', 'RETURNED', 'REJECTED'] as const)
      await db.practice.create({ data: { authorId, status, title: `Pratica ${tag}`, summary: 's', body: 'b' } })
    await db.organisation.create({ data: { slug: `a-${tag}`, name: `Non aderente ${tag}`, type: 'SME' } })
    await db.organisation.create({ data: { slug: `w-${tag}`, name: `Uscita ${tag}`, type: 'SME', adheredAt: new Date(), withdrawnAt: new Date() } })
    const deleted = await thread(`Cancellata ${tag}`, `testo ${tag}`)
    await db.thread.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } })
    const t = await thread(`Visibile`, `primo`)
    const hidden = await db.post.create({ data: { threadId: t.id, authorId, number: 2, body: `nascosto ${tag}`, bodyHash: uid(), hiddenAt: new Date() } })
    await db.post.create({ data: { threadId: t.id, authorId, number: 3, body: `rimosso ${tag}`, bodyHash: uid(), deletedAt: new Date() } })
    const r = await search({ q: tag, locale: 'it' })
    expect(r.hits).toEqual([])
    expect(Object.values(r.counts).every((n) => n === 0)).toBe(true)
    // Published after review: found; hidden again: gone.
    await db.post.update({ where: { id: hidden.id }, data: { hiddenAt: null } })
    expect((await search({ q: tag, locale: 'it' })).counts.post).toBe(1)
  })

  it('keeps the index in step with edits, and fills rows written before it existed', async () => {
    const tag = `zqe${uid()}`
    const t = await thread(`Titolo ${tag}`, 'corpo')
    const post = await db.post.findFirstOrThrow({ where: { threadId: t.id } })
    await db.post.update({ where: { id: post.id }, data: { body: `Testo nuovo sulla cogenerazione ${tag}` } })
    expect((await search({ q: `cogenerazione ${tag}`, locale: 'it' })).counts.post).toBe(1)
    // A partial update of a practice's text would leave stale stems: refused.
    const p = await db.practice.create({ data: { authorId, status: 'PUBLISHED', publishedAt: new Date(), title: 'T', summary: 's', body: 'b' } })
    await expect(db.practice.update({ where: { id: p.id }, data: { summary: 'solo sintesi' } })).rejects.toThrow(/together/)
    // Rows whose index was cleared (as a migration changing the analysis would) are indexed again by the backfill.
    await db.$executeRawUnsafe(`UPDATE "Thread" SET "searchTitle" = NULL, "searchText" = NULL WHERE "id" = '${t.id}'`)
    expect((await search({ q: tag, locale: 'it' })).counts.thread).toBe(0)
    expect(await indexMissing()).toBeGreaterThanOrEqual(1)
    expect((await search({ q: tag, locale: 'it' })).counts.thread).toBe(1)
  })

  it('filters by region, district and year', async () => {
    const tag = `zqf${uid()}`
    const cluster = await db.cluster.findFirstOrThrow({ where: { regionId: 'toscana' } })
    const base = { authorId, status: 'PUBLISHED' as const, summary: 's', body: `testo ${tag}` }
    const a = await db.practice.create({ data: { ...base, title: 'A', regionId: 'toscana', clusterId: cluster.id, publishedAt: new Date('2024-05-01T10:00:00Z') } })
    const b = await db.practice.create({ data: { ...base, title: 'B', regionId: 'veneto', publishedAt: new Date('2025-05-01T10:00:00Z') } })
    const keys = async (x: Partial<SearchInput>) => (await search({ q: tag, locale: 'it', type: 'practice', ...x })).hits.map((h) => h.key)
    expect(await keys({})).toEqual([b.id, a.id])
    expect(await keys({ region: 'toscana' })).toEqual([a.id])
    expect(await keys({ district: cluster.slug })).toEqual([a.id])
    expect(await keys({ district: 'no-such-district' })).toEqual([])
    expect(await keys({ year: 2025 })).toEqual([b.id])
    expect(await keys({ year: 2023 })).toEqual([])
  })

  it('gives the same results as the reference matcher — so the same on SQLite and PostgreSQL — for a fixed corpus of 200 items', async () => {
    // A deterministic corpus: fixed ids, dates and texts drawn from inflected Italian words; the expected order is
    // computed in memory from the same analysis (title matches first for "relevance", then newest, then id).
    const tag = 'corpusfisso'
    const vocab = ['distretto', 'distretti', 'conceria', 'concerie', 'registrazione', 'registrazioni', 'fango', 'fanghi', 'perché', 'attività', 'plenaria', 'cogenerazione', 'rifiuti', 'acqua', 'energia']
    const pick = (i: number, n: number) => Array.from({ length: n }, (_, k) => vocab[(i * 7 + k * 3) % vocab.length]).join(' ')
    const existing = await db.practice.count({ where: { id: { startsWith: 'corpus-' } } })
    const items: { type: SearchType; id: string; title: string; body: string; at: Date }[] = []
    for (let i = 0; i < 200; i++) {
      const type = (['thread', 'practice', 'event', 'organisation'] as const)[i % 4]!
      items.push({ type, id: `corpus-${String(i).padStart(3, '0')}`, title: `${pick(i, 2)} ${i % 3 ? '' : tag}`, body: `${pick(i + 1, 4)} ${tag}`, at: new Date(Date.UTC(2025, 0, 1 + (i % 50), i % 24)) })
    }
    if (!existing)
      for (const it of items) {
        if (it.type === 'thread')
          await db.thread.create({ data: { id: it.id, categoryId, authorId, title: it.title, lastPostAt: it.at, posts: { create: { id: `${it.id}-p`, authorId, number: 1, body: it.body, bodyHash: it.id, createdAt: it.at } } } })
        else if (it.type === 'practice') await db.practice.create({ data: { id: it.id, authorId, status: 'PUBLISHED', publishedAt: it.at, title: it.title, summary: '', body: it.body } })
        else if (it.type === 'event') await db.event.create({ data: { id: it.id, title: it.title, type: 'PLENARY', description: it.body, startsAt: it.at, endsAt: it.at, organiserId: authorId } })
        else await db.organisation.create({ data: { id: it.id, slug: it.id, name: it.title, type: 'SME', adheredAt: it.at, sector: it.body } })
      }
    const queries = ['distretti', 'conceria registrazioni', 'fanghi', 'perche energia', 'attivita', 'plen', 'rifiut acqua']
    let compared = 0
    for (const walk of [false, true])
    for (const q of queries)
      for (const sort of ['relevance', 'newest'] as const)
        for (const type of ['thread', 'practice', 'event', 'organisation'] as const) {
          const terms = queryTerms(`${q} ${tag}`)
          const expected = items
            .filter((it) => it.type === type)
            .map((it) => {
              const title = indexTerms(it.title)
              // A thread's own text is its title; its first post is a "post" result.
              const all = type === 'thread' ? title : `${title} ${indexTerms(it.body)}`
              return { ...it, hit: matchesTerms(all, terms), tier: sort === 'relevance' && matchesTerms(title, terms) ? 0 : 1 }
            })
            .filter((it) => it.hit)
            .sort((a, b) => a.tier - b.tier || b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1))
            .map((it) => it.id)
          expect(await allPages({ q: `${q} ${tag}`, type, sort, walk }), `${q} · ${sort} · ${type} · ${walk ? 'walk' : 'index'}`).toEqual(expected)
          compared += expected.length
        }
    expect(compared).toBeGreaterThan(200)
    expect(SEARCH_TYPES).toHaveLength(8)
  })
})

describe(`feeds and sitemap (${provider})`, () => {
  it('list public content only, newest first, in valid Atom', async () => {
    const { buildFeed } = await import('@/server/feeds')
    const tag = `feed${uid()}`
    const published = await db.practice.create({ data: { authorId, status: 'PUBLISHED', publishedAt: new Date(Date.now() + 60_000), title: `Pubblicata ${tag}`, summary: '**Sintesi** [link](https://example.com)', body: 'b', regionId: 'toscana' } })
    await db.practice.create({ data: { authorId, status: 'SUBMITTED', title: `In revisione ${tag}`, summary: 's', body: 'b', regionId: 'toscana' } })
    for (const [name, locale] of [['practices', 'it'], ['territory-toscana', 'en']] as const) {
      const xml = (await buildFeed(name, locale))!
      expect(xml).toMatch(/^<\?xml[\s\S]*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/)
      expect(xml).toContain(`Pubblicata ${tag}`)
      expect(xml).not.toContain(`In revisione ${tag}`)
      // Newest first: the practice published last is the first entry.
      expect(xml.slice(xml.indexOf('<entry>'), xml.indexOf('</entry>'))).toContain(`Pubblicata ${tag}`)
    }
    expect(await buildFeed('practices', 'en')).toContain(`/en/good-practices/${published.id}`)
    expect(await buildFeed('territory-atlantide', 'it')).toBeNull()
    expect(await buildFeed('forum-no-such-category', 'it')).toBeNull()
    const deleted = await thread(`Cancellata ${tag}`, 'x')
    await db.thread.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } })
    expect(await buildFeed('forum', 'it')).not.toContain(`Cancellata ${tag}`)
  })

  it('the sitemap lists every case study and published practice in both languages, with alternates', async () => {
    const { sitemapEntries } = await import('@/server/seo/sitemap')
    const { getAllCaseStudies } = await import('@/server/content/case-studies')
    const draft = await db.practice.create({ data: { authorId, status: 'DRAFT', title: 'Bozza', summary: 's', body: 'b' } })
    const entries = await sitemapEntries()
    const urls = new Set(entries.map((e) => e.url))
    for (const cs of getAllCaseStudies()) {
      expect(urls).toContain(`${env().APP_URL}/casi-studio/${cs.slug}`)
      expect(urls).toContain(`${env().APP_URL}/en/case-studies/${cs.slug}`)
    }
    expect([...urls].some((u) => u.includes(draft.id))).toBe(false)
    const home = entries.find((e) => e.url === `${env().APP_URL}/`)!
    expect(home.alternates?.languages).toMatchObject({ it: `${env().APP_URL}/`, en: `${env().APP_URL}/en` })
  })
})
