'use server'
import 'server-only'
import { revalidatePath } from 'next/cache'
import { db } from '@/server/db'
import { action } from '@/server/action'
import { canChangeRole, canSuspend } from '@/lib/policies'
import { fail, ok } from '@/lib/form'
import { changeRoleSchema, suspendSchema } from '@/lib/validations/admin'

export const changeRoleAction = action('ADMIN', changeRoleSchema, async ({ userId, role }, admin) => {
  if (!canChangeRole(admin, { id: userId })) return fail('forbidden')
  const updated = await db.user.updateMany({ where: { id: userId }, data: { role } })
  if (updated.count !== 1) return fail('notFound')
  revalidatePath('/[locale]/admin/users', 'page')
  return ok(undefined)
})

export const setSuspendedAction = action('ADMIN', suspendSchema, async ({ userId, suspend }, admin) => {
  if (!canSuspend(admin, { id: userId })) return fail('forbidden')
  // Suspension also bumps sessionVersion, so the user's open sessions end at once.
  const updated = await db.user.updateMany({
    where: { id: userId },
    data: suspend ? { suspendedAt: new Date(), sessionVersion: { increment: 1 } } : { suspendedAt: null },
  })
  if (updated.count !== 1) return fail('notFound')
  revalidatePath('/[locale]/admin/users', 'page')
  return ok(undefined)
})
