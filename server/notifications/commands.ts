import 'server-only'
import { revalidatePath } from 'next/cache'
import { db } from '@/server/db'
import type { Input } from '@/server/action'
import type { CurrentUser } from '@/server/auth/session'
import { fail, ok } from '@/lib/form'
import type {
  followClusterSchema,
  followRegionSchema,
  followStateSchema,
  markAllReadSchema,
  preferencesSchema,
} from '@/lib/validations/notifications'
import type { MailChannel, NotificationKind } from '@/lib/notification-mail'

/** Marks every unread notification of the member as read (only their own: owner-scoped). */
export async function markAllRead(_input: Input<typeof markAllReadSchema>, user: CurrentUser) {
  await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } })
  revalidatePath('/[locale]/notifications', 'page')
  return ok(undefined)
}

/** The member's own e-mail preferences, one row per kind chosen (owner-scoped: only their own). */
export async function savePreferences(input: Input<typeof preferencesSchema>, user: CurrentUser) {
  const chosen = (Object.entries(input) as [NotificationKind, MailChannel | undefined][]).filter(
    (e): e is [NotificationKind, MailChannel] => !!e[1],
  )
  await db.$transaction(
    chosen.map(([kind, channel]) =>
      db.notificationPreference.upsert({
        where: { userId_kind: { userId: user.id, kind } },
        create: { userId: user.id, kind, channel },
        update: { channel },
      }),
    ),
  )
  return ok({ saved: chosen.length })
}

/** The member follows (or stops following) a region: only their own follow changes. */
export async function followRegion({ regionId, value }: Input<typeof followRegionSchema>, user: CurrentUser) {
  if (value)
    await db.territoryFollow.upsert({
      where: { userId_regionId: { userId: user.id, regionId } },
      create: { userId: user.id, regionId },
      update: {},
    })
  else await db.territoryFollow.deleteMany({ where: { userId: user.id, regionId } })
  return ok({ following: value })
}

/** The member follows (or stops following) a district: only their own follow changes. */
export async function followCluster({ clusterId, value }: Input<typeof followClusterSchema>, user: CurrentUser) {
  if (!(await db.cluster.findUnique({ where: { id: clusterId }, select: { id: true } }))) return fail('notFound')
  if (value)
    await db.clusterFollow.upsert({
      where: { userId_clusterId: { userId: user.id, clusterId } },
      create: { userId: user.id, clusterId },
      update: {},
    })
  else await db.clusterFollow.deleteMany({ where: { userId: user.id, clusterId } })
  return ok({ following: value })
}

/** Whether the member follows a region or a district (the follow button on cached pages asks after loading). */
export async function followState({ regionId, clusterId }: Input<typeof followStateSchema>, user: CurrentUser) {
  const following = regionId
    ? !!(await db.territoryFollow.findUnique({ where: { userId_regionId: { userId: user.id, regionId } }, select: { userId: true } }))
    : clusterId
      ? !!(await db.clusterFollow.findUnique({ where: { userId_clusterId: { userId: user.id, clusterId } }, select: { userId: true } }))
      : false
  return ok({ following })
}
