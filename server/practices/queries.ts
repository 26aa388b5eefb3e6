import 'server-only'
import { db, isSqlite, type Prisma } from '@/server/db'
import { decodeInstruments, diffSnapshots, parseSnapshot, type Instrument, type Result } from '@/lib/practices'

export type PracticeFilter = { instrument?: Instrument; theme?: string; sector?: string; regionId?: string; clusterId?: string; q?: string }
export type PracticeSort = 'newest' | 'useful'
export const PRACTICES_PAGE = 20

function where(f: PracticeFilter): Prisma.PracticeWhereInput {
  const words = (f.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 6)
  // Every word must appear in the title, the summary or the body (case-insensitive on both databases:
  // SQLite's LIKE already is for ASCII, PostgreSQL needs ILIKE).
  const text = (w: string) => (isSqlite() ? { contains: w } : { contains: w, mode: 'insensitive' as const })
  return {
    status: 'PUBLISHED',
    ...(f.instrument ? { instruments: { contains: `,${f.instrument},` } } : {}),
    ...(f.theme ? { theme: f.theme } : {}),
    ...(f.sector ? { sector: f.sector } : {}),
    ...(f.regionId ? { regionId: f.regionId } : {}),
    ...(f.clusterId ? { clusterId: f.clusterId } : {}),
    ...(words.length ? { AND: words.map((w) => ({ OR: [{ title: text(w) }, { summary: text(w) }, { body: text(w) }] })) } : {}),
  }
}

const cardSelect = {
  id: true,
  title: true,
  summary: true,
  instruments: true,
  theme: true,
  sector: true,
  regionId: true,
  usefulCount: true,
  publishedAt: true,
  author: { select: { name: true } },
  organisation: { select: { name: true } },
  cluster: { select: { nameIt: true, nameEn: true } },
} as const

/**
 * Published practices, newest first or most useful first, a page at a time over the (status, publishedAt, id)
 * and (status, usefulCount, id) indexes: the cursor is the last row's sort value and id, never an offset.
 */
export async function listPractices(filter: PracticeFilter, sort: PracticeSort, cursor?: string) {
  const [value, id] = (cursor ?? '').split('_') as [string?, string?]
  const after: Prisma.PracticeWhereInput | null =
    value && id
      ? sort === 'newest'
        ? { OR: [{ publishedAt: { lt: new Date(Number(value)) } }, { publishedAt: new Date(Number(value)), id: { lt: id } }] }
        : { OR: [{ usefulCount: { lt: Number(value) } }, { usefulCount: Number(value), id: { lt: id } }] }
      : null
  const rows = await db.practice.findMany({
    where: { ...where(filter), ...(after ?? {}) },
    orderBy: sort === 'newest' ? [{ publishedAt: 'desc' }, { id: 'desc' }] : [{ usefulCount: 'desc' }, { id: 'desc' }],
    take: PRACTICES_PAGE + 1,
    select: cardSelect,
  })
  const page = rows.slice(0, PRACTICES_PAGE)
  const last = page.at(-1)
  const next =
    rows.length > PRACTICES_PAGE && last ? `${sort === 'newest' ? last.publishedAt!.getTime() : last.usefulCount}_${last.id}` : null
  return { items: page.map((p) => ({ ...p, instruments: decodeInstruments(p.instruments) })), next }
}

export async function countPractices(filter: PracticeFilter) {
  return db.practice.count({ where: where(filter) })
}

export async function getPractice(id: string, userId?: string) {
  const p = await db.practice.findUnique({
    where: { id },
    select: {
      id: true,
      authorId: true,
      status: true,
      title: true,
      summary: true,
      body: true,
      bodyHtml: true,
      instruments: true,
      theme: true,
      sector: true,
      regionId: true,
      clusterId: true,
      organisationId: true,
      caseStudySlug: true,
      results: true,
      contact: true,
      revision: true,
      usefulCount: true,
      submittedAt: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { name: true } },
      organisation: { select: { id: true, name: true } },
      cluster: { select: { id: true, slug: true, nameIt: true, nameEn: true } },
      revisions: {
        orderBy: { number: 'asc' },
        take: 50,
        select: { number: true, data: true, note: true, createdAt: true, editor: { select: { name: true } } },
      },
      reviews: {
        orderBy: { createdAt: 'asc' },
        take: 50,
        select: { id: true, decision: true, comment: true, revision: true, createdAt: true, reviewer: { select: { name: true } } },
      },
    },
  })
  if (!p) return null
  const mine = userId
    ? await db.practiceUseful.findUnique({ where: { practiceId_userId: { practiceId: id, userId } }, select: { userId: true } })
    : null
  // Each revision with what changed since the one before it.
  const revisions = p.revisions.map((r, i) => {
    const before = i > 0 ? parseSnapshot(p.revisions[i - 1]!.data) : null
    return {
      number: r.number,
      note: r.note,
      createdAt: r.createdAt,
      editor: r.editor.name,
      changes: diffSnapshots(before, parseSnapshot(r.data)),
    }
  })
  return {
    ...p,
    instruments: decodeInstruments(p.instruments),
    results: JSON.parse(p.results) as Result[],
    revisions,
    markedUseful: !!mine,
  }
}

/** The author's own practices, every state, latest change first. */
export async function listMyPractices(userId: string) {
  return db.practice.findMany({
    where: { authorId: userId },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 100,
    select: { id: true, title: true, status: true, updatedAt: true, revision: true },
  })
}

/** Submitted practices waiting for a reviewer, oldest first. */
export async function listReviewQueue() {
  return db.practice.findMany({
    where: { status: 'SUBMITTED' },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: { id: true, title: true, revision: true, submittedAt: true, author: { select: { name: true } } },
  })
}
