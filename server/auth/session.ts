import 'server-only'
import { cache } from 'react'
import { cookies } from 'next/headers'
import { decode, type JWT } from 'next-auth/jwt'
import { db } from '@/server/db'
import { authSecret } from '@/server/env'
import type { Role } from '@/lib/policies'

export type CurrentUser = { id: string; email: string; name: string; role: Role; locale: 'it' | 'en' }

/** next-auth's session cookie: `__Secure-` on https; split into `.0`, `.1`… when it outgrows 4 kB. */
const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const

export function sessionCookieValue(get: (name: string) => string | undefined): { name: string; value: string } | null {
  for (const name of SESSION_COOKIES) {
    const whole = get(name)
    if (whole) return { name, value: whole }
    let joined = ''
    for (let i = 0; get(`${name}.${i}`); i++) joined += get(`${name}.${i}`)
    if (joined) return { name, value: joined }
  }
  return null
}

/** The session token of this request, decoded and checked (signature, expiry); null without one. */
export const getSessionToken = cache(async (): Promise<JWT | null> => {
  const jar = await cookies()
  const cookie = sessionCookieValue((n) => jar.get(n)?.value)
  if (!cookie) return null
  const token = await decode({ token: cookie.value, secret: authSecret() }).catch(() => null)
  return token?.sub ? token : null
})

/**
 * The signed-in, active user of this request: the token decoded here and one query that both loads the member and
 * checks that the token is still good (the account not suspended, its sessionVersion unchanged by a password change
 * or a sign-out everywhere). Once per request (React cache); rate limits key on the id it returns.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = await getSessionToken()
  if (!token) return null
  const row = await db.user.findUnique({
    where: { id: token.sub! },
    select: { id: true, email: true, name: true, role: true, locale: true, sessionVersion: true, suspendedAt: true },
  })
  if (!row || row.suspendedAt || row.sessionVersion !== token.sv) return null
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role, locale: row.locale === 'en' ? 'en' : 'it' }
})
