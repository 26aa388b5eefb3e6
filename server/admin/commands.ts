import 'server-only'
import { revalidatePath } from 'next/cache'
import { db } from '@/server/db'
import type { Input } from '@/server/action'
import type { CurrentUser } from '@/server/auth/session'
import { canChangeRole, canSuspend } from '@/lib/policies'
import { fail, ok } from '@/lib/form'
import type { changeRoleSchema, suspendSchema } from '@/lib/validations/admin'

export async function changeRole({ userId, role }: Input<typeof changeRoleSchema>, admin: CurrentUser) {
  if (!canChangeRole(admin, { id: userId })) return fail('forbidden')
  const updated = await db.user.updateMany({ where: { id: userId }, data: { role } })
  if (updated.count !== 1) return fail('notFound')
  revalidatePath('/[locale]/admin/users', 'page')
  return ok(undefined)
}

export async function setSuspended({ userId, suspend }: Input<typeof suspendSchema>, admin: CurrentUser) {
  if (!canSuspend(admin, { id: userId })) return fail('forbidden')
  // Suspension also bumps sessionVersion, so the user's open sessions end at once.
  const updated = await db.user.updateMany({
    where: { id: userId },
    data: suspend ? { suspendedAt: new Date(), sessionVersion: { increment: 1 } } : { suspendedAt: null },
  })
  if (updated.count !== 1) return fail('notFound')
  revalidatePath('/[locale]/admin/users', 'page')
  return ok(undefined)
}
