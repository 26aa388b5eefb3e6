import 'server-only'
import { revalidatePath } from 'next/cache'
import { db } from '@/server/db'
import type { Input } from '@/server/action'
import type { CurrentUser } from '@/server/auth/session'
import { ok } from '@/lib/form'
import type { markAllReadSchema } from '@/lib/validations/notifications'

/** Marks every unread notification of the member as read (only their own: owner-scoped). */
export async function markAllRead(_input: Input<typeof markAllReadSchema>, user: CurrentUser) {
  await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } })
  revalidatePath('/[locale]/notifications', 'page')
  return ok(undefined)
}
