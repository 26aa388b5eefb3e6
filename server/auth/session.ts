import 'server-only'
import { cache } from 'react'
import { getServerSession } from 'next-auth'
import { authOptions } from '@/server/auth/options'
import { hasRole, type Role } from '@/lib/policies'

export type CurrentUser = { id: string; email: string; name: string; role: Role; locale: 'it' | 'en' }

/** The signed-in, active user of this request, checked against the database (see the jwt callback). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions())
  return session?.user ?? null
})

export class AuthError extends Error {
  constructor(public readonly reason: 'unauthenticated' | 'forbidden') {
    super(reason)
  }
}

/** For server actions: the current user, or an AuthError the action turns into a form error. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) throw new AuthError('unauthenticated')
  return user
}

export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireUser()
  if (!hasRole(user, role)) throw new AuthError('forbidden')
  return user
}
