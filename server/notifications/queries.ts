import 'server-only'
import { db } from '@/server/db'

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
