import 'server-only'
import { db } from '@/server/db'
import { DEFAULT_CHANNEL, NOTIFICATION_KINDS, groupNotifications, type MailChannel, type NotificationKind } from '@/lib/notification-mail'
import { actorNames } from '@/server/notifications/notify'

/** The member's latest notifications, repeats grouped, with the names of who acted (one query for the names). */
export async function listNotifications(userId: string, limit = 50) {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      kind: true,
      text: true,
      threadId: true,
      postNumber: true,
      practiceId: true,
      adhesionId: true,
      eventId: true,
      actorId: true,
      readAt: true,
      resolvedAt: true,
      createdAt: true,
    },
  })
  const groups = groupNotifications(rows)
  const names = await actorNames(db, [...new Set(groups.flatMap((g) => g.actorIds))])
  return groups.map((g) => ({ ...g, actors: g.actorIds.flatMap((id) => (names.has(id) ? [names.get(id)!] : [])) }))
}

export async function unreadNotificationCount(userId: string) {
  return db.notification.count({ where: { userId, readAt: null, resolvedAt: null } })
}

/** How each kind reaches the member by e-mail: their choice, or the default. */
export async function preferencesOf(userId: string): Promise<Record<NotificationKind, MailChannel>> {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, channel: true } })
  return Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, rows.find((r) => r.kind === k)?.channel ?? DEFAULT_CHANNEL[k]])) as Record<
    NotificationKind,
    MailChannel
  >
}
