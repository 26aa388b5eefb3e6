import 'server-only'
import { db } from '@/server/db'

export async function listOutbox(limit = 100) {
  return db.outboxMail.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  })
}
