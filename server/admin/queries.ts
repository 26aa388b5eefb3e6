import 'server-only'
import { db } from '@/server/db'
import type { Role } from '@/lib/policies'

export const USERS_PAGE_SIZE = 50

export type AdminUserRow = { id: string; email: string; name: string; role: Role; suspended: boolean; createdAt: Date; isDemo: boolean }

/**
 * Users, newest first, keyset-paginated on (createdAt, id) — the index makes every page equally cheap.
 * `after` is the id of the last row of the previous page.
 */
export async function listUsers({ q, after }: { q?: string; after?: string }) {
  const cursor = after ? await db.user.findUnique({ where: { id: after }, select: { id: true, createdAt: true } }) : null
  const term = q?.toLowerCase()
  const rows = await db.user.findMany({
    where: {
      AND: [
        term ? { OR: [{ email: { contains: term } }, { name: { contains: q! } }] } : {},
        cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: USERS_PAGE_SIZE + 1,
    select: { id: true, email: true, name: true, role: true, suspendedAt: true, createdAt: true, isDemo: true },
  })
  const page = rows.slice(0, USERS_PAGE_SIZE).map((r): AdminUserRow => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    suspended: !!r.suspendedAt,
    createdAt: r.createdAt,
    isDemo: r.isDemo,
  }))
  return { users: page, nextAfter: rows.length > USERS_PAGE_SIZE ? page.at(-1)?.id : undefined }
}

export async function adminCounts() {
  const [users, suspended, mails] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { suspendedAt: { not: null } } }),
    db.outboxMail.count(),
  ])
  return { users, suspended, mails }
}

/** The mail queue, newest first (all of it, or only the mails that failed); and how many are in each state. */
export async function listOutbox({ failedOnly = false, limit = 100 }: { failedOnly?: boolean; limit?: number } = {}) {
  const [mails, states] = await Promise.all([
    db.outboxMail.findMany({
      where: failedOnly ? { state: 'FAILED' } : {},
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      select: { id: true, to: true, subject: true, text: true, kind: true, state: true, attempts: true, lastError: true, createdAt: true },
    }),
    db.outboxMail.groupBy({ by: ['state'], _count: { _all: true } }),
  ])
  const count = (state: string) => states.find((s) => s.state === state)?._count._all ?? 0
  return { mails, counts: { QUEUED: count('QUEUED') + count('SENDING'), SENT: count('SENT'), FAILED: count('FAILED') } }
}

export const AUDIT_PAGE_SIZE = 50

/**
 * The audit log, newest first, keyset-paginated on (createdAt, id); filtered by action and by the actor's name.
 * `after` is the id of the last row of the previous page.
 */
export async function listAudit({ action, actor, after }: { action?: string; actor?: string; after?: string }) {
  const cursor = after ? await db.auditEntry.findUnique({ where: { id: after }, select: { id: true, createdAt: true } }) : null
  const rows = await db.auditEntry.findMany({
    where: {
      AND: [
        action ? { action } : {},
        actor ? { actorName: { contains: actor } } : {},
        cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      actorName: true,
      action: true,
      targetType: true,
      targetId: true,
      label: true,
      before: true,
      after: true,
      createdAt: true,
    },
  })
  const page = rows.slice(0, AUDIT_PAGE_SIZE)
  return { entries: page, nextAfter: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)?.id : undefined }
}
