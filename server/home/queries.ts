import 'server-only'
import { db } from '@/server/db'
import { getAllCaseStudies } from '@/server/content/case-studies'

export type RegionPresence = { regionId: string; districts: number; organisations: number; events: number }

/** The network's presence per region: districts, adhering organisations, upcoming meetings (the map's shading). */
export async function regionPresence(now = new Date()): Promise<RegionPresence[]> {
  const [clusters, organisations, events] = await Promise.all([
    db.cluster.groupBy({ by: ['regionId'], _count: { _all: true } }),
    db.organisation.groupBy({ by: ['regionId'], where: { adheredAt: { not: null }, withdrawnAt: null }, _count: { _all: true } }),
    db.event.groupBy({ by: ['regionId'], where: { endsAt: { gte: now }, status: 'SCHEDULED' }, _count: { _all: true } }),
  ])
  const by = new Map<string, RegionPresence>()
  const row = (id: string) => by.get(id) ?? by.set(id, { regionId: id, districts: 0, organisations: 0, events: 0 }).get(id)!
  for (const c of clusters) row(c.regionId).districts = c._count._all
  for (const o of organisations) if (o.regionId) row(o.regionId).organisations = o._count._all
  for (const e of events) if (e.regionId) row(e.regionId).events = e._count._all
  return [...by.values()]
}

/** What the home page shows of a living network: next meetings, latest practices and discussions, figures. */
export async function homeOverview(now = new Date()) {
  const [events, practices, threads, organisations, demoOrganisations, districts, practiceCount, presence] = await Promise.all([
    db.event.findMany({
      where: { endsAt: { gte: now }, status: 'SCHEDULED' },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: 3,
      select: { id: true, title: true, startsAt: true, endsAt: true, allDay: true, city: true, onlineUrl: true, type: true },
    }),
    db.practice.findMany({
      where: { status: 'PUBLISHED' },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: 3,
      select: { id: true, title: true, summary: true, regionId: true },
    }),
    db.thread.findMany({
      where: { deletedAt: null },
      orderBy: [{ lastPostAt: 'desc' }, { id: 'desc' }],
      take: 4,
      select: { id: true, title: true, postCount: true, lastPostAt: true, category: { select: { nameIt: true, nameEn: true } } },
    }),
    db.organisation.count({ where: { adheredAt: { not: null }, withdrawnAt: null } }),
    db.organisation.count({ where: { adheredAt: { not: null }, withdrawnAt: null, isDemo: true } }),
    db.cluster.count(),
    db.practice.count({ where: { status: 'PUBLISHED' } }),
    regionPresence(now),
  ])
  return {
    events: events.map(({ onlineUrl, ...e }) => ({ ...e, online: !!onlineUrl })),
    practices,
    threads,
    presence,
    figures: {
      organisations,
      demoOrganisations,
      regions: presence.filter((p) => p.districts + p.organisations > 0).length,
      districts,
      caseStudies: getAllCaseStudies().length,
      practices: practiceCount,
    },
  }
}
