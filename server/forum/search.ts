import 'server-only'
import { db, isSqlite } from '@/server/db'

export type ForumHit = { threadId: string; title: string; number: number; excerpt: string }

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * Threads whose title or visible posts contain every word (case-insensitive), newest activity first.
 * Same behaviour on both databases (LIKE on SQLite, ILIKE on PostgreSQL).
 * Not yet full-text search with an index (FTS5 / tsvector): see the issue note.
 */
export async function searchForum(q: string, limit = 20): Promise<ForumHit[]> {
  const words = q.toLowerCase().split(/\s+/).filter((w) => w.length >= 2).slice(0, 5)
  if (!words.length) return []
  const pattern = (w: string) => `%${escapeLike(w)}%`
  const op = isSqlite() ? 'LIKE' : 'ILIKE'
  // One condition per word, each on title or body; parameters are bound, never interpolated.
  const conds = words.map((_, i) => `(lower(t."title") ${op} $${i + 1} ESCAPE '\\' OR lower(p."body") ${op} $${i + 1} ESCAPE '\\')`).join(' AND ')
  const sql = `SELECT t."id" AS "threadId", t."title" AS "title", MIN(p."number") AS "number", MAX(t."lastPostAt") AS "at"
    FROM "Thread" t JOIN "Post" p ON p."threadId" = t."id"
    WHERE t."deletedAt" IS NULL AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL AND ${conds}
    GROUP BY t."id", t."title" ORDER BY "at" DESC LIMIT ${Math.min(50, Math.max(1, limit))}`
  // SQLite binds positional "?" only: every placeholder gets its own copy of the value.
  const sqliteArgs = [...sql.matchAll(/\$(\d+)/g)].map((m) => pattern(words[Number(m[1]) - 1]!))
  const rows = (
    isSqlite() ? await db.$queryRawUnsafe(sql.replace(/\$\d+/g, '?'), ...sqliteArgs) : await db.$queryRawUnsafe(sql, ...words.map(pattern))
  ) as { threadId: string; title: string; number: number | bigint }[]
  if (!rows.length) return []
  const posts = await db.post.findMany({
    where: { OR: rows.map((r) => ({ threadId: r.threadId, number: Number(r.number) })) },
    select: { threadId: true, number: true, body: true },
  })
  const body = new Map(posts.map((p) => [`${p.threadId}:${p.number}`, p.body]))
  return rows.map((r) => ({ threadId: r.threadId, title: r.title, number: Number(r.number), excerpt: excerpt(body.get(`${r.threadId}:${Number(r.number)}`) ?? '', words) }))
}

/** ~200 characters around the first matching word, as plain text. */
function excerpt(body: string, words: string[]): string {
  const text = body.replace(/[#>*_`[\]()!|-]/g, ' ').replace(/\s+/g, ' ').trim()
  const lower = text.toLowerCase()
  const at = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), text.length)
  const start = Math.max(0, at - 80)
  return (start > 0 ? '… ' : '') + text.slice(start, start + 200) + (start + 200 < text.length ? ' …' : '')
}

/** Splits text into parts with the matching words marked, for <mark> highlighting (no HTML involved). */
export function highlight(text: string, q: string): { text: string; match: boolean }[] {
  const words = q.toLowerCase().split(/\s+/).filter((w) => w.length >= 2)
  if (!words.length) return [{ text, match: false }]
  const re = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi')
  return text.split(re).filter(Boolean).map((part) => ({ text: part, match: words.includes(part.toLowerCase()) }))
}
