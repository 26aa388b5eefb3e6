import { db } from '@/server/db'
import type { CurrentUser } from '@/server/auth/session'
import type { Role } from '@/lib/policies'
import type { ActionResult } from '@/lib/form'

export const uid = () => Math.random().toString(36).slice(2, 10)

/**
 * A member as the commands see them (CurrentUser), created in the database. `ageHours` backdates the account
 * (accounts younger than a day get the stricter forum limits).
 */
export async function member(role: Role = 'MEMBER', { name = 'Test Member', ageHours = 48 } = {}): Promise<CurrentUser> {
  const id = uid()
  const u = await db.user.create({
    data: { email: `m-${id}@test.invalid`, name, handle: `m.${id}`, passwordHash: 'x', role, createdAt: new Date(Date.now() - ageHours * 3_600_000) },
    select: { id: true, email: true, name: true, role: true, locale: true },
  })
  return u
}

/** The data of a successful result; fails the test with the error codes otherwise. */
export function data<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`)
  return r.data
}

/** The error code of a failed result (form error, else the first field's). */
export function errorOf(r: ActionResult<unknown>): string | undefined {
  if (r.ok) return undefined
  return r.formError ?? Object.values(r.fieldErrors)[0]
}
