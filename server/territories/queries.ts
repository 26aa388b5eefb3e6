import 'server-only'
import { db } from '@/server/db'
import { getAllCaseStudies } from '@/server/content/case-studies'

const clusterFields = {
  id: true,
  slug: true,
  nameIt: true,
  nameEn: true,
  regionId: true,
  sectorIt: true,
  sectorEn: true,
  source: true,
  isDemo: true,
} as const

export async function listClusters() {
  return db.cluster.findMany({
    orderBy: [{ regionId: 'asc' }, { nameIt: 'asc' }],
    select: {
      ...clusterFields,
      region: { select: { nameIt: true, nameEn: true } },
    },
  })
}

export async function networkCounts() {
  const [regions, clusters, organisations] = await Promise.all([
    db.region.count(),
    db.cluster.count(),
    db.organisation.count({ where: { isDemo: false } }),
  ])
  return { regions, clusters, organisations }
}

export async function getCluster(id: string) {
  return db.cluster.findUnique({
    where: { id },
    select: { id: true, slug: true, nameIt: true, nameEn: true, region: { select: { nameIt: true, nameEn: true } } },
  })
}

/** What a territory page gathers: case studies, good practices, discussions, upcoming events, member organisations. */
export async function getTerritoryOverview(scope: { regionId: string } | { clusterId: string; clusterSlug: string }, now = new Date()) {
  const byRegion = 'regionId' in scope
  const regionClusters = byRegion
    ? (await db.cluster.findMany({ where: { regionId: scope.regionId }, select: { id: true } })).map((c) => c.id)
    : []
  const [practices, threads, events, organisations] = await Promise.all([
    db.practice.findMany({
      where: {
        status: 'PUBLISHED',
        ...(byRegion ? { OR: [{ regionId: scope.regionId }, { clusterId: { in: regionClusters } }] } : { clusterId: scope.clusterId }),
      },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: { id: true, title: true, summary: true },
    }),
    db.thread.findMany({
      where: { deletedAt: null, ...(byRegion ? { clusterId: { in: regionClusters } } : { clusterId: scope.clusterId }) },
      orderBy: [{ lastPostAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: { id: true, title: true, postCount: true },
    }),
    db.event.findMany({
      where: { endsAt: { gte: now }, ...(byRegion ? { regionId: scope.regionId } : { clusterId: scope.clusterId }) },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: 20,
      select: { id: true, title: true, startsAt: true, status: true, allDay: true },
    }),
    db.organisation.findMany({
      where: {
        adheredAt: { not: null },
        withdrawnAt: null,
        ...(byRegion ? { regionId: scope.regionId } : { clusters: { some: { clusterId: scope.clusterId } } }),
      },
      orderBy: { name: 'asc' },
      take: 100,
      select: { slug: true, name: true, type: true },
    }),
  ])
  const caseStudies = getAllCaseStudies().filter((c) =>
    byRegion ? c.regions.includes(scope.regionId as never) : c.cluster === scope.clusterSlug,
  )
  return { caseStudies, practices, threads, events, organisations }
}

export async function getClusterBySlug(slug: string) {
  return db.cluster.findUnique({
    where: { slug },
    select: {
      ...clusterFields,
      apoAwardedAt: true,
      apoExpiresAt: true,
    },
  })
}

/** The districts and clusters of one region, by name. */
export async function listRegionClusters(regionId: string) {
  return db.cluster.findMany({ where: { regionId }, orderBy: { nameIt: 'asc' }, select: { slug: true, nameIt: true, nameEn: true } })
}

/** Names of the clusters with these ids (an application's chosen districts). */
export async function clusterNames(ids: string[]) {
  if (!ids.length) return []
  return db.cluster.findMany({ where: { id: { in: ids } }, select: { nameIt: true, nameEn: true } })
}
