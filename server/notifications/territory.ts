import 'server-only'
import type { Prisma } from '@/server/db'
import { notify } from '@/server/notifications/notify'

/**
 * Something new in a region — a meeting announced, a good practice published — for the members who follow that
 * region (by default it reaches their daily digest). The one who did it is not told of their own work.
 */
export async function notifyTerritory(
  tx: Prisma.TransactionClient,
  p: { regionId: string | null | undefined; actorId: string; text: string; eventId?: string; practiceId?: string; skip?: string[] },
) {
  if (!p.regionId) return
  const followers = await tx.territoryFollow.findMany({ where: { regionId: p.regionId }, select: { userId: true } })
  const skip = new Set([p.actorId, ...(p.skip ?? [])])
  await notify(
    tx,
    followers
      .filter((f) => !skip.has(f.userId))
      .map((f) => ({
        userId: f.userId,
        kind: 'FOLLOWED_TERRITORY' as const,
        actorId: p.actorId,
        eventId: p.eventId ?? null,
        practiceId: p.practiceId ?? null,
        text: p.text,
      })),
  )
}
