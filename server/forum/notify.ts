import 'server-only'
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
  const rows: Prisma.NotificationCreateManyInput[] = []
  const handles = extractMentions(p.body)
  if (handles.length) {
    const mentioned = await tx.user.findMany({ where: { handle: { in: handles }, suspendedAt: null }, select: { id: true } })
    for (const u of mentioned) if (!sent.has(u.id)) (sent.add(u.id), rows.push({ userId: u.id, kind: 'MENTION', actorId: p.actorId, threadId: p.threadId, postNumber: p.number, text: p.title }))
  }
  const threadFollowers = await tx.threadFollow.findMany({ where: { threadId: p.threadId }, select: { userId: true } })
  for (const f of threadFollowers) if (!sent.has(f.userId)) (sent.add(f.userId), rows.push({ userId: f.userId, kind: 'FOLLOWED_THREAD', actorId: p.actorId, threadId: p.threadId, postNumber: p.number, text: p.title }))
  if (p.newThread) {
    const categoryFollowers = await tx.categoryFollow.findMany({ where: { categoryId: p.categoryId }, select: { userId: true } })
    for (const f of categoryFollowers) if (!sent.has(f.userId)) (sent.add(f.userId), rows.push({ userId: f.userId, kind: 'FOLLOWED_CATEGORY', actorId: p.actorId, threadId: p.threadId, postNumber: p.number, text: p.title }))
  }
  if (rows.length) await tx.notification.createMany({ data: rows })
}
