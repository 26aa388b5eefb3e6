import 'server-only'
import { db, isSqlite } from '@/server/db'
import { ftsQuery, indexTerms, matchesTerms, queryTerms, snippet, tsQuery, type MarkedPart, type SearchLang } from '@/lib/search/analyze'
import { markdownToText } from '@/lib/search/plain-text'
import { getAllCaseStudies } from '@/server/content/case-studies'
import { GLOSSARY } from '@/lib/glossary'
import { REGIONS, regionName } from '@/lib/territory'
import type { PathHref } from '@/lib/paths'
import type { Locale } from '@/i18n/routing'
import { SEARCH_TYPE_KEYS } from '@/lib/validations/search'

// One search over everything public (issue 16). Database content (threads, posts, practices, meetings,
// organisations) is matched by the FTS index of each table on SQLite, or its GIN index on PostgreSQL, over the
// same prepared stems, so both databases return the same rows in the same order: "relevance" puts title matches
// first, then newest; "newest" is date order. Content from files and reference data (case studies, glossary,
// territories) is matched in memory with the same analysis. What is not public (deleted, hidden, drafts, rejected,
// withdrawn) is excluded by the query itself, whoever searches.

/** The order of the results page's sections (lib/validations/search.ts checks the query string against it). */
export const SEARCH_TYPES = SEARCH_TYPE_KEYS
export type SearchType = (typeof SEARCH_TYPES)[number]
export type SearchSort = 'relevance' | 'newest'

export type SearchHit = {
  type: SearchType
  key: string
  href: PathHref
  title: MarkedPart[]
  excerpt: MarkedPart[]
  /** ISO date the hit is dated by (published, last post, meeting start), where it has one. */
  date?: string
  /** Whether the text is in the other language (case studies' bodies are Italian). */
  lang?: Locale
}

export type SearchInput = {
  q: string
  locale: Locale
  type?: SearchType
  region?: string
  /** A district's slug. */
  district?: string
  year?: number
  sort?: SearchSort
  cursor?: string
  limit?: number
  /** Tests: use the plan for many matches (a walk on the date index) whatever the counts. */
  walk?: boolean
}

export type SearchResult = {
  /** Matches per type, counted up to COUNT_CAP (a count at the cap reads "1000+"). */
  counts: Record<SearchType, number>
  hits: SearchHit[]
  /** Cursor of the next page (type searches only). */
  next?: string
}

export const COUNT_CAP = 1000

type DbType = 'thread' | 'post' | 'practice' | 'event' | 'organisation'
type Spec = {
  table: string
  date: string
  visible: string
  /** Conditions given the placeholder of the region id / the district's id. */
  region: (p: string) => string
  cluster: (p: string) => string
}

const clusterRegion = (col: string) => (p: string) => `EXISTS (SELECT 1 FROM "Cluster" c WHERE c."id" = ${col} AND c."regionId" = ${p})`
const DB_SPECS: Record<DbType, Spec> = {
  thread: {
    table: 'Thread',
    date: 'lastPostAt',
    visible: `x."deletedAt" IS NULL`,
    region: clusterRegion('x."clusterId"'),
    cluster: (p) => `x."clusterId" = ${p}`,
  },
  post: {
    table: 'Post',
    date: 'createdAt',
    visible: `x."deletedAt" IS NULL AND x."hiddenAt" IS NULL AND EXISTS (SELECT 1 FROM "Thread" th WHERE th."id" = x."threadId" AND th."deletedAt" IS NULL)`,
    region: (p) =>
      `EXISTS (SELECT 1 FROM "Thread" th JOIN "Cluster" c ON c."id" = th."clusterId" WHERE th."id" = x."threadId" AND c."regionId" = ${p})`,
    cluster: (p) => `EXISTS (SELECT 1 FROM "Thread" th WHERE th."id" = x."threadId" AND th."clusterId" = ${p})`,
  },
  practice: {
    table: 'Practice',
    date: 'publishedAt',
    visible: `x."status" = 'PUBLISHED' AND x."publishedAt" IS NOT NULL`,
    region: (p) => `x."regionId" = ${p}`,
    cluster: (p) => `x."clusterId" = ${p}`,
  },
  event: {
    table: 'Event',
    date: 'startsAt',
    visible: '1 = 1',
    region: (p) => `x."regionId" = ${p}`,
    cluster: (p) => `x."clusterId" = ${p}`,
  },
  organisation: {
    table: 'Organisation',
    date: 'adheredAt',
    visible: `x."adheredAt" IS NOT NULL AND x."withdrawnAt" IS NULL`,
    region: (p) => `x."regionId" = ${p}`,
    cluster: (p) => `EXISTS (SELECT 1 FROM "OrganisationCluster" oc WHERE oc."organisationId" = x."id" AND oc."clusterId" = ${p})`,
  },
}
const DB_TYPES = Object.keys(DB_SPECS) as DbType[]

type Cursor = { tier: number; date: string; id: string }
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.tier, c.date, c.id])).toString('base64url')
function decodeCursor(s: string | undefined): Cursor | undefined {
  if (!s) return undefined
  try {
    const [tier, date, id] = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown[]
    if ((tier === 0 || tier === 1) && typeof date === 'string' && !Number.isNaN(Date.parse(date)) && typeof id === 'string')
      return { tier, date, id }
  } catch {}
  return undefined
}

type Filters = { regionId?: string; clusterId?: string; year?: number }
type Row = { id: string; d: string | Date | null; tier: number }

/** SQLite stores DateTime as ISO text with "+00:00"; comparisons are on that text. */
const sqliteDate = (iso: string) => new Date(iso).toISOString().replace('Z', '+00:00')

/** One tier of one type: matches (title-only for tier 0, others for tier 1; "newest": all, tier 0) in date order. */
/** The FROM and WHERE of one tier's matches (with their parameters, in order): shared by pages and counts. */
function matchClause(type: DbType, terms: string[][], tier: 0 | 1 | 'all', f: Filters, after: Cursor | undefined, walk: boolean) {
  const spec = DB_SPECS[type]
  const sqlite = isSqlite()
  const params: unknown[] = []
  const bind = (v: unknown) => {
    params.push(v)
    return sqlite ? '?' : `$${params.length}`
  }
  const dateParam = (iso: string) => (sqlite ? bind(sqliteDate(iso)) : `${bind(new Date(iso).toISOString())}::timestamp`)
  const conds: string[] = [spec.visible]
  let from: string
  if (walk) {
    // Many matches (the count reached its cap): walk the table newest first on its date index and test each row's
    // stems, which stops after a page instead of sorting every match. Space-separated stems make "% stem%" the same
    // prefix match as the full-text indexes.
    from = `"${spec.table}" x`
    const like = (col: string) => terms.map((forms) => `(${forms.map((f) => `${col} LIKE ${bind(`% ${f}%`)}`).join(' OR ')})`).join(' AND ')
    conds.unshift(`(${like(`(' ' || coalesce(x."searchTitle", '') || ' ' || coalesce(x."searchText", ''))`)})`)
    // (Bound after the first condition, as it comes in the text: SQLite's parameters are positional.)
    if (tier !== 'all') conds.push(`${tier === 1 ? 'NOT ' : ''}(${like(`(' ' || coalesce(x."searchTitle", ''))`)})`)
  } else if (sqlite) {
    const fts = `${spec.table}Fts`
    const match =
      tier === 0
        ? ftsQuery(terms, 'searchTitle')
        : tier === 1
          ? `${ftsQuery(terms)} NOT ${ftsQuery(terms, 'searchTitle')}`
          : ftsQuery(terms)
    from = `"${fts}" JOIN "${spec.table}" x ON x.rowid = "${fts}".rowid`
    conds.unshift(`"${fts}" MATCH ${bind(match)}`)
  } else {
    from = `"${spec.table}" x`
    const q = bind(tsQuery(terms))
    const all = `to_tsvector('simple', coalesce(x."searchTitle", '') || ' ' || coalesce(x."searchText", '')) @@ to_tsquery('simple', ${q})`
    const title = `to_tsvector('simple', coalesce(x."searchTitle", '')) @@ to_tsquery('simple', ${q})`
    conds.unshift(all)
    if (tier === 0) conds.push(title)
    if (tier === 1) conds.push(`NOT (${title})`)
  }
  if (f.regionId) conds.push(spec.region(bind(f.regionId)))
  if (f.clusterId) conds.push(spec.cluster(bind(f.clusterId)))
  if (f.year) {
    conds.push(`x."${spec.date}" >= ${dateParam(`${f.year}-01-01T00:00:00Z`)}`)
    conds.push(`x."${spec.date}" < ${dateParam(`${f.year + 1}-01-01T00:00:00Z`)}`)
  }
  // Row values: both databases seek the (date, id) index to the cursor.
  if (after) conds.push(`(x."${spec.date}", x."id") < (${dateParam(after.date)}, ${bind(after.id)})`)
  return { spec, from, where: conds.join(' AND '), params, bind }
}

/** A page of one tier's matches, newest first; `walk` for the many-matches plan. */
async function dbTier(
  type: DbType,
  terms: string[][],
  tier: 0 | 1 | 'all',
  f: Filters,
  after: Cursor | undefined,
  limit: number,
  walk = false,
): Promise<Row[]> {
  const { spec, from, where, params, bind } = matchClause(type, terms, tier, f, after, walk)
  const sql = `SELECT x."id" AS "id", x."${spec.date}" AS "d" FROM ${from} WHERE ${where}
    ORDER BY x."${spec.date}" DESC, x."id" DESC LIMIT ${bind(limit)}`
  const rows = (await run(sql, params, walk ? 'walk' : 'index')) as { id: string; d: string | Date | null }[]
  return rows.map((r) => ({ ...r, tier: tier === 1 ? 1 : 0 }))
}

/**
 * A search query, with the plan it was written for. PostgreSQL's planner cannot estimate a prefix tsquery or a LIKE
 * on the stems, and guesses wrong both ways: with a LIMIT it scans the table computing to_tsvector on every row until
 * enough match (seconds for a rare word), and for the walk it scans and sorts everything (it thinks few rows match).
 * So the index plan allows only bitmap scans (it starts from the GIN index), and the walk only index scans without a
 * sort (it follows the date index newest first and stops after a page).
 */
async function run(sql: string, params: unknown[], plan: 'index' | 'walk'): Promise<unknown[]> {
  if (isSqlite()) return (await db.$queryRawUnsafe(sql, ...params)) as unknown[]
  const settings =
    plan === 'index'
      ? ['enable_seqscan = off', 'enable_indexscan = off']
      : ['enable_seqscan = off', 'enable_bitmapscan = off', 'enable_sort = off']
  const results = await db.$transaction([
    ...settings.map((x) => db.$executeRawUnsafe(`SET LOCAL ${x}`)),
    db.$queryRawUnsafe(sql, ...params),
  ])
  return results.at(-1) as unknown[]
}

async function dbCount(type: DbType, terms: string[][], f: Filters): Promise<number> {
  // Unordered and bounded: the database stops at the cap instead of sorting every match.
  const { from, where, params, bind } = matchClause(type, terms, 'all', f, undefined, false)
  const sql = `SELECT count(*) AS "n" FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${bind(COUNT_CAP)}) c`
  const [row] = (await run(sql, params, 'index')) as { n: number | bigint }[]
  return Number(row?.n ?? 0)
}

/** A page of one database type: tier 0 then tier 1 ("relevance"), or all in date order ("newest"). */
async function dbPage(
  type: DbType,
  terms: string[][],
  f: Filters,
  sort: SearchSort,
  cursor: Cursor | undefined,
  limit: number,
  many: boolean,
) {
  let rows: Row[]
  // Posts have no title: every match is of the one tier, in date order.
  if (sort === 'newest' || type === 'post') rows = await dbTier(type, terms, 'all', f, cursor, limit + 1, many)
  else {
    rows = !cursor || cursor.tier === 0 ? await dbTier(type, terms, 0, f, cursor, limit + 1, many) : []
    if (rows.length <= limit)
      rows = [...rows, ...(await dbTier(type, terms, 1, f, cursor?.tier === 1 ? cursor : undefined, limit + 1 - rows.length, many))]
  }
  const more = rows.length > limit
  rows = rows.slice(0, limit)
  const last = rows.at(-1)
  const iso = (d: string | Date | null) => (d ? new Date(d).toISOString() : new Date(0).toISOString())
  return { rows, next: more && last ? encodeCursor({ tier: last.tier, date: iso(last.d), id: last.id }) : undefined }
}

/** Titles and clean excerpts of database hits, in one query per type. */
async function describe(type: DbType, ids: string[], terms: string[][], locale: Locale): Promise<Map<string, SearchHit>> {
  const out = new Map<string, SearchHit>()
  const mark = (s: string) => snippet(s, terms, 400)
  if (type === 'thread') {
    const rows = await db.thread.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, lastPostAt: true, posts: { where: { number: 1 }, select: { body: true } } },
    })
    for (const r of rows)
      out.set(r.id, {
        type,
        key: r.id,
        href: { pathname: '/forum/t/[id]', params: { id: r.id } },
        title: mark(r.title),
        excerpt: snippet(markdownToText(r.posts[0]?.body ?? ''), terms),
        date: r.lastPostAt.toISOString(),
      })
  } else if (type === 'post') {
    const rows = await db.post.findMany({
      where: { id: { in: ids } },
      select: { id: true, number: true, body: true, createdAt: true, threadId: true, thread: { select: { title: true } } },
    })
    for (const r of rows)
      out.set(r.id, {
        type,
        key: r.id,
        href: { pathname: '/forum/t/[id]', params: { id: r.threadId }, hash: `post-${r.number}` },
        title: mark(r.thread.title),
        excerpt: snippet(markdownToText(r.body), terms),
        date: r.createdAt.toISOString(),
      })
  } else if (type === 'practice') {
    const rows = await db.practice.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, summary: true, body: true, publishedAt: true },
    })
    for (const r of rows)
      out.set(r.id, {
        type,
        key: r.id,
        href: { pathname: '/practices/[id]', params: { id: r.id } },
        title: mark(r.title),
        excerpt: snippet(markdownToText(`${r.summary}\n\n${r.body}`), terms),
        date: r.publishedAt?.toISOString(),
      })
  } else if (type === 'event') {
    const rows = await db.event.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, description: true, city: true, startsAt: true },
    })
    for (const r of rows)
      out.set(r.id, {
        type,
        key: r.id,
        href: { pathname: '/events/[id]', params: { id: r.id } },
        title: mark(r.title),
        excerpt: snippet(markdownToText(`${r.description}${r.city ? ` — ${r.city}` : ''}`), terms),
        date: r.startsAt.toISOString(),
      })
  } else {
    const rows = await db.organisation.findMany({
      where: { id: { in: ids } },
      select: { id: true, slug: true, name: true, sector: true, province: true, regionId: true, adheredAt: true },
    })
    for (const r of rows)
      out.set(r.id, {
        type,
        key: r.id,
        href: { pathname: '/network/members/[slug]', params: { slug: r.slug } },
        title: mark(r.name),
        excerpt: snippet([r.sector, r.province, r.regionId ? regionName(r.regionId, locale) : ''].filter(Boolean).join(' · '), terms),
        date: r.adheredAt?.toISOString(),
      })
  }
  return out
}

// ── Content from files and reference data: indexed once per process, matched in memory ──

type StaticDoc = {
  type: 'caseStudy' | 'glossary' | 'territory'
  key: string
  href: PathHref
  title: Record<Locale, string>
  text: Record<Locale, string>
  indexTitle: string
  indexAll: string
  regions: string[]
  clusters: string[]
  years: number[]
  date?: string
  textLang?: Record<Locale, Locale>
}

// Built once per process and kept five minutes (districts live in the database and change rarely): the same for
// every request, so not rebuilt for each.
let staticMemo: { at: number; docs: Promise<StaticDoc[]> } | undefined
function staticDocs(): Promise<StaticDoc[]> {
  if (!staticMemo || Date.now() - staticMemo.at > 300_000) {
    const docs = buildStaticDocs()
    staticMemo = { at: Date.now(), docs }
    docs.catch(() => (staticMemo = undefined))
  }
  return staticMemo.docs
}

async function buildStaticDocs(): Promise<StaticDoc[]> {
  const docs: StaticDoc[] = []
  const both = (it: string, en: string, lang: SearchLang) => indexTerms(`${it}\n${en}`, lang)
  for (const cs of getAllCaseStudies()) {
    const years: number[] = []
    for (let y = cs.years.start; y <= (cs.years.end ?? new Date().getUTCFullYear()); y++) years.push(y)
    docs.push({
      type: 'caseStudy',
      key: cs.slug,
      href: { pathname: '/case-studies/[slug]', params: { slug: cs.slug } },
      title: cs.title,
      text: { it: `${cs.summary.it} ${cs.text}`, en: `${cs.summary.en} ${cs.en?.text ?? cs.text}` },
      indexTitle: [indexTerms(cs.title.it, 'it'), indexTerms(cs.title.en, 'en')].join(' '),
      indexAll: [
        indexTerms(`${cs.title.it} ${cs.summary.it} ${cs.territory.it} ${cs.text}`, 'it'),
        indexTerms(`${cs.title.en} ${cs.summary.en} ${cs.territory.en} ${cs.en?.text ?? ''}`, 'en'),
      ].join(' '),
      regions: cs.regions,
      clusters: cs.cluster ? [cs.cluster] : [],
      years,
      date: cs.updated,
    })
  }
  for (const g of GLOSSARY)
    docs.push({
      type: 'glossary',
      key: g.id,
      href: { pathname: '/glossary', hash: g.id },
      title: g.term,
      text: g.definition,
      indexTitle: [indexTerms(g.term.it, 'it'), indexTerms(g.term.en, 'en')].join(' '),
      indexAll: [indexTerms(`${g.term.it} ${g.definition.it}`, 'it'), indexTerms(`${g.term.en} ${g.definition.en}`, 'en')].join(' '),
      regions: [],
      clusters: [],
      years: [],
    })
  for (const r of REGIONS)
    docs.push({
      type: 'territory',
      key: r.id,
      href: { pathname: '/territories/[region]', params: { region: r.id } },
      title: { it: r.nameIt, en: r.nameEn },
      text: { it: r.nameIt, en: r.nameEn },
      indexTitle: both(r.nameIt, r.nameEn, 'it'),
      indexAll: both(r.nameIt, r.nameEn, 'it'),
      regions: [r.id],
      clusters: [],
      years: [],
    })
  const clusters = await db.cluster.findMany({
    select: { slug: true, nameIt: true, nameEn: true, sectorIt: true, sectorEn: true, regionId: true },
  })
  for (const c of clusters)
    docs.push({
      type: 'territory',
      key: `district:${c.slug}`,
      href: { pathname: '/districts/[slug]', params: { slug: c.slug } },
      title: { it: c.nameIt, en: c.nameEn },
      text: { it: `${c.sectorIt} — ${regionName(c.regionId, 'it')}`, en: `${c.sectorEn} — ${regionName(c.regionId, 'en')}` },
      indexTitle: [indexTerms(c.nameIt, 'it'), indexTerms(c.nameEn, 'en')].join(' '),
      indexAll: [
        indexTerms(`${c.nameIt} ${c.sectorIt} ${regionName(c.regionId, 'it')}`, 'it'),
        indexTerms(`${c.nameEn} ${c.sectorEn} ${regionName(c.regionId, 'en')}`, 'en'),
      ].join(' '),
      regions: [c.regionId],
      clusters: [c.slug],
      years: [],
    })
  return docs
}

function staticMatches(docs: StaticDoc[], type: StaticDoc['type'], terms: string[][], input: SearchInput, sort: SearchSort): StaticDoc[] {
  const hits = docs.filter(
    (d) =>
      d.type === type &&
      matchesTerms(d.indexAll, terms) &&
      (!input.region || d.regions.includes(input.region)) &&
      (!input.district || d.clusters.includes(input.district)) &&
      (!input.year || d.years.includes(input.year)),
  )
  const tier = (d: StaticDoc) => (sort === 'relevance' && matchesTerms(d.indexTitle, terms) ? 0 : 1)
  return hits.sort((a, b) => tier(a) - tier(b) || (b.date ?? '').localeCompare(a.date ?? '') || a.key.localeCompare(b.key))
}

function staticHit(d: StaticDoc, terms: string[][], locale: Locale): SearchHit {
  return {
    type: d.type,
    key: d.key,
    href: d.href,
    title: snippet(d.title[locale], terms, 400),
    excerpt: snippet(d.text[locale], terms),
    date: d.date,
  }
}

const isDbType = (t: SearchType): t is DbType => (DB_TYPES as string[]).includes(t)

/** The search: counts for every type, and either the first hits of each type or one type's page. */
export async function search(input: SearchInput): Promise<SearchResult> {
  const terms = queryTerms(input.q)
  const counts = Object.fromEntries(SEARCH_TYPES.map((t) => [t, 0])) as Record<SearchType, number>
  if (!terms.length) return { counts, hits: [] }
  const sort = input.sort ?? 'relevance'
  let clusterId: string | undefined
  if (input.district) {
    const c = await db.cluster.findUnique({ where: { slug: input.district }, select: { id: true } })
    // An unknown district matches nothing in the database.
    clusterId = c?.id ?? '-'
  }
  const f: Filters = { regionId: input.region, clusterId, year: input.year }
  const docs = await staticDocs()
  const statics = Object.fromEntries(
    (['caseStudy', 'glossary', 'territory'] as const).map((t) => [t, staticMatches(docs, t, terms, input, sort)]),
  )
  await Promise.all(DB_TYPES.map(async (t) => void (counts[t] = await dbCount(t, terms, f))))
  for (const t of ['caseStudy', 'glossary', 'territory'] as const) counts[t] = statics[t]!.length

  const limit = input.limit ?? 20
  const types = input.type ? [input.type] : SEARCH_TYPES.filter((t) => counts[t] > 0)
  const perType = input.type ? limit : 3
  const hits: SearchHit[] = []
  let next: string | undefined
  for (const t of types) {
    if (isDbType(t)) {
      if (!counts[t]) continue
      const page = await dbPage(
        t,
        terms,
        f,
        sort,
        input.type ? decodeCursor(input.cursor) : undefined,
        perType,
        input.walk || counts[t] >= COUNT_CAP,
      )
      const described = await describe(
        t,
        page.rows.map((r) => r.id),
        terms,
        input.locale,
      )
      for (const r of page.rows) {
        const h = described.get(r.id)
        if (h) hits.push(h)
      }
      if (input.type) next = page.next
    } else {
      const all = statics[t]!
      const offset = input.type && input.cursor ? Math.max(0, Number.parseInt(input.cursor, 10) || 0) : 0
      for (const d of all.slice(offset, offset + perType)) hits.push(staticHit(d, terms, input.locale))
      if (input.type && offset + perType < all.length) next = String(offset + perType)
    }
  }
  return { counts, hits, next }
}

/** Suggestions as you type: the best few titles across types (title matches first). */
export async function suggest(q: string, locale: Locale, limit = 5): Promise<SearchHit[]> {
  const terms = queryTerms(q)
  if (!terms.length) return []
  const docs = await staticDocs()
  const out: SearchHit[] = []
  for (const t of ['caseStudy', 'glossary', 'territory'] as const)
    for (const d of staticMatches(docs, t, terms, { q, locale }, 'relevance')
      .filter((d) => matchesTerms(d.indexTitle, terms))
      .slice(0, 2))
      out.push(staticHit(d, terms, locale))
  for (const t of ['practice', 'event', 'thread', 'organisation'] as const) {
    if (out.length >= limit * 2) break
    const rows = await dbTier(t, terms, 0, {}, undefined, 2)
    const described = await describe(
      t,
      rows.map((r) => r.id),
      terms,
      locale,
    )
    for (const r of rows) {
      const h = described.get(r.id)
      if (h) out.push(h)
    }
  }
  return out.slice(0, limit)
}
