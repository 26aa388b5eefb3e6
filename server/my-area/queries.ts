import 'server-only'
import { db } from '@/server/db'
import { myRegistrations } from '@/server/events/queries'
import { calendarFeedPath } from '@/server/events/calendar-feed'

/**
 * Everything of one member's own, for their area (issue 17): meetings ahead and behind (with waitlist positions),
 * practices by state, what they follow, organisations and applications, and their private calendar feed.
 * Owner-scoped: every query is by the member's id.
 */
export async function getMyArea(userId: string) {
  const [upcoming, past, practices, threads, categories, regions, clusters, memberships, adhesions, user] = await Promise.all([
    myRegistrations(userId),
    myRegistrations(userId, { past: true, take: 20 }),
    db.practice.findMany({
      where: { authorId: userId },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: 100,
      select: { id: true, title: true, status: true, updatedAt: true },
    }),
    db.threadFollow.findMany({
      where: { userId, thread: { deletedAt: null } },
      orderBy: { createdAt: 'desc' },
      take: 100,
      select: { thread: { select: { id: true, title: true } } },
    }),
    db.categoryFollow.findMany({
      where: { userId },
      take: 100,
      select: { category: { select: { id: true, slug: true, nameIt: true, nameEn: true } } },
    }),
    db.territoryFollow.findMany({ where: { userId }, take: 100, select: { regionId: true } }),
    db.clusterFollow.findMany({
      where: { userId },
      take: 100,
      select: { cluster: { select: { id: true, slug: true, nameIt: true, nameEn: true } } },
    }),
    db.membership.findMany({
      where: { userId },
      take: 50,
      select: { confirmedAt: true, organisation: { select: { id: true, slug: true, name: true, contactUserId: true, adheredAt: true } } },
    }),
    db.adhesion.findMany({
      where: { applicantId: userId },
      orderBy: { createdAt: 'desc' },
      take: 20,
      select: { id: true, orgName: true, status: true, createdAt: true },
    }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, calendarKey: true } }),
  ])
  return {
    upcoming,
    past,
    practices,
    follows: {
      threads: threads.map((f) => f.thread),
      categories: categories.map((f) => f.category),
      regions: regions.map((r) => r.regionId),
      clusters: clusters.map((f) => f.cluster),
    },
    memberships,
    adhesions,
    calendarPath: calendarFeedPath(user),
  }
}
