import 'server-only'
import { db } from '@/server/db'

export async function listClusters() {
  return db.cluster.findMany({
    orderBy: [{ regionId: 'asc' }, { nameIt: 'asc' }],
    select: { id: true, slug: true, nameIt: true, nameEn: true, regionId: true, sectorIt: true, sectorEn: true, source: true, isDemo: true, region: { select: { nameIt: true, nameEn: true } } },
  })
}

export async function networkCounts() {
  const [regions, clusters, organisations] = await Promise.all([db.region.count(), db.cluster.count(), db.organisation.count({ where: { isDemo: false } })])
  return { regions, clusters, organisations }
}

export async function getCluster(id: string) {
  return db.cluster.findUnique({ where: { id }, select: { id: true, slug: true, nameIt: true, nameEn: true, region: { select: { nameIt: true, nameEn: true } } } })
}
