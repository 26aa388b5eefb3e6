import 'server-only'
import { db } from '@/server/db'

export async function getAccount(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, email: true, name: true, role: true, locale: true, createdAt: true, handle: true, profilePublic: true,
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
