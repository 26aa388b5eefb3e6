import 'server-only'
import type { Prisma } from '@/server/db'
import { notify } from '@/server/notifications/notify'

/**
 * Something new in a region or a district — a meeting announced, a good practice published — for the members who
 * follow either (once each; by default it reaches their daily digest). The one who did it is not told of their own work.
 */
export async function notifyTerritory(
  tx: Prisma.TransactionClient,
  p: {
    regionId: string | null | undefined
    clusterId?: string | null
    actorId: string
    text: string
    eventId?: string
    practiceId?: string
    skip?: string[]
  },
) {
  if (!p.regionId && !p.clusterId) return
  const [byRegion, byCluster] = await Promise.all([
    p.regionId ? tx.territoryFollow.findMany({ where: { regionId: p.regionId }, select: { userId: true } }) : [],
    p.clusterId ? tx.clusterFollow.findMany({ where: { clusterId: p.clusterId }, select: { userId: true } }) : [],
  ])
  const skip = new Set([p.actorId, ...(p.skip ?? [])])
  const userIds = [...new Set([...byRegion, ...byCluster].map((f) => f.userId))].filter((id) => !skip.has(id))
  await notify(
    tx,
    userIds.map((userId) => ({
      userId,
      kind: 'FOLLOWED_TERRITORY' as const,
      actorId: p.actorId,
      eventId: p.eventId ?? null,
      practiceId: p.practiceId ?? null,
      text: p.text,
    })),
  )
}
