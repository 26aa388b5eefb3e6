import 'server-only'
import { revalidatePath } from 'next/cache'
import { db } from '@/server/db'
import { audit } from '@/server/audit'
import type { Input } from '@/server/action'
import type { CurrentUser } from '@/server/auth/session'
import { canChangeRole, canSuspend } from '@/lib/policies'
import { fail, ok } from '@/lib/form'
import type { changeRoleSchema, suspendSchema } from '@/lib/validations/admin'

export async function changeRole({ userId, role }: Input<typeof changeRoleSchema>, admin: CurrentUser) {
  if (!canChangeRole(admin, { id: userId })) return fail('forbidden')
  const target = await db.user.findUnique({ where: { id: userId }, select: { role: true, name: true } })
  if (!target) return fail('notFound')
  if (target.role !== role) {
    await db.$transaction([
      db.user.update({ where: { id: userId }, data: { role } }),
      audit(db, admin, {
        action: 'user.role',
        target: { type: 'user', id: userId, label: target.name },
        before: { role: target.role },
        after: { role },
      }),
    ])
  }
  revalidatePath('/[locale]/admin/users', 'page')
  return ok(undefined)
}

export async function setSuspended({ userId, suspend }: Input<typeof suspendSchema>, admin: CurrentUser) {
  if (!canSuspend(admin, { id: userId })) return fail('forbidden')
  const target = await db.user.findUnique({ where: { id: userId }, select: { suspendedAt: true, name: true } })
  if (!target) return fail('notFound')
  // Suspension also bumps sessionVersion, so the user's open sessions end at once.
  await db.$transaction([
    db.user.update({
      where: { id: userId },
      data: suspend ? { suspendedAt: new Date(), sessionVersion: { increment: 1 } } : { suspendedAt: null },
    }),
    audit(db, admin, {
      action: 'user.suspend',
      target: { type: 'user', id: userId, label: target.name },
      before: { suspended: !!target.suspendedAt },
      after: { suspended: suspend },
    }),
  ])
  revalidatePath('/[locale]/admin/users', 'page')
  return ok(undefined)
}
