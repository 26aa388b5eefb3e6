import 'server-only'
import { notify, type NotificationRow } from '@/server/notifications/notify'
import type { Prisma } from '@/server/db'
import { extractMentions } from '@/lib/markdown'

type Tx = Prisma.TransactionClient

/**
 * Notifications for a new post, in the same transaction: mentioned members, followers of the thread
 * and (for a new thread) of its category. Each member gets at most one notification per post.
 */
export async function notifyNewPost(
  tx: Tx,
  p: { actorId: string; threadId: string; categoryId: string; number: number; body: string; title: string; newThread: boolean },
) {
  const sent = new Set<string>([p.actorId])
  const rows: NotificationRow[] = []
  const add = (userId: string, kind: 'MENTION' | 'FOLLOWED_THREAD' | 'FOLLOWED_CATEGORY') => {
    if (sent.has(userId)) return
    sent.add(userId)
    rows.push({ userId, kind, actorId: p.actorId, threadId: p.threadId, postNumber: p.number, text: p.title })
  }
  const handles = extractMentions(p.body)
  if (handles.length) {
    for (const u of await tx.user.findMany({ where: { handle: { in: handles }, suspendedAt: null }, select: { id: true } }))
      add(u.id, 'MENTION')
  }
  for (const f of await tx.threadFollow.findMany({ where: { threadId: p.threadId }, select: { userId: true } }))
    add(f.userId, 'FOLLOWED_THREAD')
  if (p.newThread) {
    for (const f of await tx.categoryFollow.findMany({ where: { categoryId: p.categoryId }, select: { userId: true } }))
      add(f.userId, 'FOLLOWED_CATEGORY')
  }
  await notify(tx, rows)
}
