import 'server-only'
import { randomBytes } from 'node:crypto'
import { db } from '@/server/db'
import { cancelRegistration } from '@/server/events/registration'

/** Everything the platform keeps about a member, as one JSON document (GDPR art. 15 and 20). */
export async function exportUserData(userId: string) {
  const [
    user,
    memberships,
    threads,
    posts,
    registrations,
    practices,
    notifications,
    follows,
    categoryFollows,
    territoryFollows,
    useful,
    reactions,
    flags,
    events,
  ] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, handle: true, role: true, locale: true, createdAt: true, updatedAt: true },
    }),
    db.membership.findMany({ where: { userId }, select: { confirmedAt: true, createdAt: true, organisation: { select: { name: true } } } }),
    db.thread.findMany({ where: { authorId: userId }, orderBy: { createdAt: 'asc' }, select: { id: true, title: true, createdAt: true } }),
    db.post.findMany({
      where: { authorId: userId },
      orderBy: { createdAt: 'asc' },
      select: { threadId: true, number: true, body: true, createdAt: true, editedAt: true },
    }),
    db.eventRegistration.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { status: true, createdAt: true, event: { select: { id: true, title: true, startsAt: true } } },
    }),
    db.practice.findMany({
      where: { authorId: userId },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        status: true,
        title: true,
        summary: true,
        body: true,
        createdAt: true,
        updatedAt: true,
        revisions: { select: { number: true, data: true, note: true, createdAt: true } },
      },
    }),
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { kind: true, text: true, readAt: true, createdAt: true },
    }),
    db.threadFollow.findMany({ where: { userId }, select: { threadId: true } }),
    db.categoryFollow.findMany({ where: { userId }, select: { categoryId: true } }),
    db.territoryFollow.findMany({ where: { userId }, select: { regionId: true } }),
    db.practiceUseful.findMany({ where: { userId }, select: { practiceId: true, createdAt: true } }),
    db.postReaction.findMany({ where: { userId }, select: { postId: true, createdAt: true } }),
    db.flag.findMany({ where: { userId }, select: { postId: true, reason: true, createdAt: true } }),
    db.event.findMany({
      where: { organiserId: userId },
      orderBy: { startsAt: 'asc' },
      select: { id: true, title: true, startsAt: true, status: true },
    }),
  ])
  return {
    exportedAt: new Date().toISOString(),
    about: 'Cartesio — Rete Cartesio: every record the platform keeps about this account.',
    account: user,
    organisations: memberships.map((m) => ({ name: m.organisation.name, confirmedAt: m.confirmedAt, since: m.createdAt })),
    forum: {
      threads,
      posts,
      following: {
        threads: follows.map((f) => f.threadId),
        categories: categoryFollows.map((f) => f.categoryId),
        regions: territoryFollows.map((f) => f.regionId),
      },
      usefulMarks: reactions,
      flags,
    },
    events: { registrations, organised: events },
    goodPractices: {
      written: practices.map((p) => ({ ...p, revisions: p.revisions.map((r) => ({ ...r, data: JSON.parse(r.data) as unknown })) })),
      usefulMarks: useful,
    },
    notifications,
  }
}

export const DELETED_NAME = 'Utente eliminato'

/**
 * Deletes an account: seats it held go to the waitlist, personal data is wiped, private drafts are deleted;
 * posts, threads and published practices stay, attributed to "Utente eliminato". The row itself stays (with no
 * e-mail, name or password) so that those contributions keep a valid author, and every session ends.
 */
export async function deleteAccount(userId: string) {
  const active = await db.eventRegistration.findMany({
    where: { userId, status: { in: ['CONFIRMED', 'WAITLISTED'] }, event: { startsAt: { gt: new Date() } } },
    select: { eventId: true },
  })
  for (const r of active) await cancelRegistration(r.eventId, userId)
  await db.$transaction(async (tx) => {
    await tx.membership.deleteMany({ where: { userId } })
    await tx.authToken.deleteMany({ where: { userId } })
    await tx.notification.deleteMany({ where: { userId } })
    await tx.threadRead.deleteMany({ where: { userId } })
    await tx.threadFollow.deleteMany({ where: { userId } })
    await tx.categoryFollow.deleteMany({ where: { userId } })
    await tx.practice.deleteMany({ where: { authorId: userId, status: { not: 'PUBLISHED' } } })
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `deleted-${userId}@deleted.invalid`,
        name: DELETED_NAME,
        handle: null,
        passwordHash: `deleted:${randomBytes(16).toString('hex')}`,
        sessionVersion: { increment: 1 },
        deletedAt: new Date(),
        suspendedAt: new Date(),
      },
    })
  })
}
