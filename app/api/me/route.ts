import { cookies } from 'next/headers'
import { encode } from 'next-auth/jwt'
import { getCurrentUser, getSessionToken, sessionCookieValue } from '@/server/auth/session'
import { authSecret } from '@/server/env'
import { unreadNotificationCount } from '@/server/notifications/queries'

const MAX_AGE = 30 * 24 * 60 * 60
const DAY = 24 * 60 * 60

/**
 * GET → `{ member, unread }`: who is signed in ({ id, name, role } or null) and their unread notifications, for the
 * islands of cached pages (components/member.tsx). Never cached. Once a day it also renews the session cookie, as
 * next-auth's own session endpoint did (a member who keeps coming back stays signed in).
 */
export async function GET() {
  const headers = { 'Cache-Control': 'private, no-store' }
  const user = await getCurrentUser()
  if (!user) return Response.json({ member: null, unread: 0 }, { headers })
  const unread = await unreadNotificationCount(user.id)
  const token = (await getSessionToken())!
  const now = Math.floor(Date.now() / 1000)
  if (typeof token.iat === 'number' && now - token.iat > DAY) {
    const jar = await cookies()
    const cookie = sessionCookieValue((n) => jar.get(n)?.value)!
    const value = await encode({ token: { sub: token.sub, sv: token.sv }, secret: authSecret(), maxAge: MAX_AGE })
    jar.set(cookie.name, value, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: cookie.name.startsWith('__Secure-'),
      maxAge: MAX_AGE,
    })
  }
  return Response.json({ member: { id: user.id, name: user.name, role: user.role }, unread }, { headers })
}
