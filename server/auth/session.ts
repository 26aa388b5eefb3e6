import 'server-only'
import { cache } from 'react'
import { getServerSession } from 'next-auth'
import { authOptions } from '@/server/auth/options'
import type { Role } from '@/lib/policies'

export type CurrentUser = { id: string; email: string; name: string; role: Role; locale: 'it' | 'en' }

/** The signed-in, active user of this request, checked against the database (see the jwt callback). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions())
  return session?.user ?? null
})
