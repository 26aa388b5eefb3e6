import 'server-only'
import { db, isSqlite } from '@/server/db'
import { searchTerms } from '@/lib/search-terms'

export type ForumHit = { threadId: string; title: string; number: number; excerpt: string }

/** Markers around matched words in excerpts; the page turns them into <mark> (no HTML in between). */
export const MARK_START = '⟦'
export const MARK_END = '⟧'

type Row = { threadId: string; number: number | bigint; excerpt: string | null; rank: number }

/**
 * Full-text search over thread titles and visible posts: SQLite FTS5 (unicode61, diacritics removed) on
 * the embedded default, PostgreSQL GIN indexes on to_tsvector('simple', …) — no stemming on either, prefix
 * matching on each word, every word required. A thread matches when its title or one of its posts
 * contains all the words; the best-ranked post gives the excerpt.
 */
export async function searchForum(q: string, limit = 20): Promise<ForumHit[]> {
  const words = searchTerms(q)
  if (!words.length) return []
  const [posts, titles] = isSqlite() ? await sqliteSearch(words) : await pgSearch(words)
  const best = new Map<string, { number: number; excerpt: string | null; rank: number }>()
  for (const r of [...posts, ...titles]) {
    const cur = best.get(r.threadId)
    // Lower is better for both (bm25 and negated ts_rank); a post hit keeps its excerpt.
    if (!cur || (r.rank < cur.rank && (r.excerpt || !cur.excerpt)))
      best.set(r.threadId, { number: Number(r.number), excerpt: r.excerpt ?? cur?.excerpt ?? null, rank: r.rank })
  }
  const ids = [...best.keys()]
  if (!ids.length) return []
  const threads = await db.thread.findMany({
    where: { id: { in: ids }, deletedAt: null },
    select: { id: true, title: true, lastPostAt: true, posts: { where: { number: 1 }, select: { body: true } } },
  })
  return threads
    .map((t) => {
      const b = best.get(t.id)!
      return {
        threadId: t.id,
        title: t.title,
        number: b.number,
        excerpt: clean(b.excerpt ?? (t.posts[0]?.body ?? '').slice(0, 200)),
        rank: b.rank,
      }
    })
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map(({ rank: _rank, ...hit }) => hit)
}

async function sqliteSearch(words: string[]): Promise<[Row[], Row[]]> {
  const match = words.map((w) => `"${w}"*`).join(' ')
  const posts = (await db.$queryRawUnsafe(
    `SELECT p."threadId" AS "threadId", p."number" AS "number",
       snippet("PostFts", 0, '${MARK_START}', '${MARK_END}', '…', 24) AS "excerpt", bm25("PostFts") AS "rank"
     FROM "PostFts" JOIN "Post" p ON p.rowid = "PostFts".rowid
     WHERE "PostFts" MATCH ? AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL
     ORDER BY "rank" LIMIT 100`,
    match,
  )) as Row[]
  const titles = (await db.$queryRawUnsafe(
    `SELECT t."id" AS "threadId", 1 AS "number", NULL AS "excerpt", bm25("ThreadFts") - 100 AS "rank"
     FROM "ThreadFts" JOIN "Thread" t ON t.rowid = "ThreadFts".rowid
     WHERE "ThreadFts" MATCH ? AND t."deletedAt" IS NULL
     ORDER BY "rank" LIMIT 100`,
    match,
  )) as Row[]
  return [posts, titles]
}

async function pgSearch(words: string[]): Promise<[Row[], Row[]]> {
  const query = words.map((w) => `${w}:*`).join(' & ')
  const posts = (await db.$queryRawUnsafe(
    `SELECT p."threadId" AS "threadId", p."number" AS "number",
       ts_headline('simple', p."body", q, 'StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=24, MinWords=10, ShortWord=1') AS "excerpt",
       -ts_rank(to_tsvector('simple', p."body"), q) AS "rank"
     FROM "Post" p, to_tsquery('simple', $1) q
     WHERE to_tsvector('simple', p."body") @@ q AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL
     ORDER BY "rank" LIMIT 100`,
    query,
  )) as Row[]
  const titles = (await db.$queryRawUnsafe(
    `SELECT t."id" AS "threadId", 1 AS "number", NULL AS "excerpt", -ts_rank(to_tsvector('simple', t."title"), q) - 100 AS "rank"
     FROM "Thread" t, to_tsquery('simple', $1) q
     WHERE to_tsvector('simple', t."title") @@ q AND t."deletedAt" IS NULL
     ORDER BY "rank" LIMIT 100`,
    query,
  )) as Row[]
  return [posts, titles]
}

/** Markdown punctuation out of the excerpt, spacing normalised; the markers stay. */
function clean(text: string): string {
  return text
    .replace(/[#>*_`[\]()!|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
