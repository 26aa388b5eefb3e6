import 'server-only'
import type { NextAuthOptions } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { db } from '@/server/db'
import { authSecret, env } from '@/server/env'
import { signInSchema } from '@/lib/validations/auth'
import { LIMITS } from '@/lib/rate-window'
import { burnVerify, verifyPassword } from '@/server/auth/password'
import { clear, hit, over } from '@/server/rate-limit'
import type { Role } from '@/lib/policies'
import { clientAddress } from '@/lib/client-address'

function addressOf(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for']
  return clientAddress(typeof forwarded === 'string' ? forwarded : undefined, env().TRUST_PROXY_HOPS)
}

/** The failed-sign-in counter of one account from one address; `signInPairKey(email, '')` is the account's prefix. */
export const signInPairKey = (email: string, address: string) => `signin:pair:${email}|${address}`

export async function authenticate(input: unknown, address: string) {
  const parsed = signInSchema.safeParse(input)
  if (!parsed.success) throw new Error('invalidInput')
  const { email, password } = parsed.data
  const pairKey = signInPairKey(email, address)
  const addressKey = `signin:address:${address}`
  const [pair, addr] = await Promise.all([over(pairKey, LIMITS.signInPerAccountAndAddress), over(addressKey, LIMITS.signInPerAddress)])
  if (pair.limited || addr.limited) throw new Error('throttled')

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      passwordHash: true,
      sessionVersion: true,
      suspendedAt: true,
      emailConfirmedAt: true,
    },
  })
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnVerify(password), false)
  if (!user || !valid) {
    await Promise.all([hit(pairKey, LIMITS.signInPerAccountAndAddress), hit(addressKey, LIMITS.signInPerAddress)])
    throw new Error('invalidCredentials')
  }
  if (user.suspendedAt) throw new Error('suspended')
  if (!user.emailConfirmedAt) throw new Error('emailNotConfirmed')
  await clear(pairKey)
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role, sv: user.sessionVersion }
}

let options: NextAuthOptions | undefined

/** Built on first use, not at import, so that `next build` needs no secret. */
export function authOptions(): NextAuthOptions {
  if (options) return options
  process.env.NEXTAUTH_URL ??= env().APP_URL
  options = {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/accedi' },
    providers: [
      Credentials({
        name: 'e-mail',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        authorize: (credentials, req) => authenticate(credentials, addressOf(req.headers)),
      }),
    ],
    callbacks: {
      // Runs on every session read: the token stays valid only while the account is active and its
      // sessionVersion unchanged (password change, suspension). Throwing clears the session cookie.
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; sv: number }
          return { sub: u.id, sv: u.sv }
        }
        if (!token.sub) throw new Error('no subject')
        const row = await db.user.findUnique({
          where: { id: token.sub },
          select: { sessionVersion: true, suspendedAt: true },
        })
        if (!row || row.suspendedAt || row.sessionVersion !== token.sv) throw new Error('session revoked')
        return token
      },
      async session({ session, token }) {
        const row = await db.user.findUnique({
          where: { id: token.sub! },
          select: { id: true, email: true, name: true, role: true, locale: true },
        })
        return { expires: session.expires, user: row ?? undefined }
      },
    },
    logger: {
      error(code, meta) {
        if (code === 'JWT_SESSION_ERROR' || code === 'CLIENT_FETCH_ERROR') return
        console.error('[auth]', code, meta)
      },
      warn() {},
      debug() {},
    },
  }
  return options
}
