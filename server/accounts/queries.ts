import 'server-only'
import { db } from '@/server/db'

export async function getAccount(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      createdAt: true,
      handle: true,
      profilePublic: true,
      memberships: {
        orderBy: { organisation: { name: 'asc' } },
        select: { confirmedAt: true, listed: true, organisation: { select: { id: true, name: true, type: true, isDemo: true } } },
      },
    },
  })
  if (!user) return null
  return {
    ...user,
    memberships: user.memberships.map((m) => ({ ...m.organisation, confirmed: !!m.confirmedAt, listed: m.listed })),
  }
}

/** Organisations a user can say they belong to (names and ids only). */
export async function listOrganisationChoices() {
  return db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true }, take: 2000 })
}

/** A member's public profile and their latest public contributions; null for a malformed, unknown or deleted handle. */
export async function getPublicProfile(handle: string) {
  if (!/^[a-z0-9._-]{1,60}$/.test(handle)) return null
  const u = await db.user.findUnique({
    where: { handle },
    select: {
      id: true,
      name: true,
      role: true,
      createdAt: true,
      profilePublic: true,
      deletedAt: true,
      suspendedAt: true,
      memberships: {
        where: { confirmedAt: { not: null }, organisation: { adheredAt: { not: null } } },
        select: { organisation: { select: { slug: true, name: true } } },
      },
    },
  })
  if (!u || u.deletedAt) return null
  const [threads, practices] = await Promise.all([
    db.thread.findMany({
      where: { authorId: u.id, deletedAt: null },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 10,
      select: { id: true, title: true },
    }),
    db.practice.findMany({
      where: { authorId: u.id, status: 'PUBLISHED' },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: 10,
      select: { id: true, title: true },
    }),
  ])
  return { ...u, threads, practices }
}
