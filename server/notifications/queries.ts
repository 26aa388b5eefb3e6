import 'server-only'
import { db } from '@/server/db'
import { DEFAULT_CHANNEL, NOTIFICATION_KINDS, type MailChannel, type NotificationKind } from '@/lib/notification-mail'

export async function listNotifications(userId: string, limit = 50) {
  return db.notification.findMany({
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
      readAt: true,
      createdAt: true,
    },
  })
}

export async function unreadNotificationCount(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } })
}

/** How each kind reaches the member by e-mail: their choice, or the default. */
export async function preferencesOf(userId: string): Promise<Record<NotificationKind, MailChannel>> {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, channel: true } })
  return Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, rows.find((r) => r.kind === k)?.channel ?? DEFAULT_CHANNEL[k]])) as Record<
    NotificationKind,
    MailChannel
  >
}
