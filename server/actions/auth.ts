'use server'
import 'server-only'
import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import { db, Prisma } from '@/server/db'
import { action } from '@/server/action'
import { hashPassword, isWeakPassword } from '@/server/auth/password'
import { consumeToken, issueToken, peekToken } from '@/server/auth/tokens'
import { clear, take } from '@/server/rate-limit'
import { sendMail } from '@/server/mail'
import { absoluteLink } from '@/server/links'
import { LIMITS } from '@/lib/rate-window'
import { clientAddress } from '@/lib/client-address'
import { env } from '@/server/env'
import { uniqueHandle } from '@/server/users'
import { fail, fieldFail, ok } from '@/lib/form'
import { forgotPasswordSchema, registerSchema, resetPasswordSchema } from '@/lib/validations/auth'

async function requestAddress() {
  return clientAddress((await headers()).get('x-forwarded-for'), env().TRUST_PROXY_HOPS)
}

export const registerAction = action('public', registerSchema, async (input) => {
  if (isWeakPassword(input.password, input.email)) return fieldFail({ password: 'passwordCommon' })
  if (await take(`register:address:${await requestAddress()}`, LIMITS.registerPerAddress)) return fail('rateLimited')
  const passwordHash = await hashPassword(input.password)
  try {
    await db.user.create({ data: { name: input.name, email: input.email, passwordHash, locale: input.locale, handle: await uniqueHandle(input.name) } })
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') return fieldFail({ email: 'emailTaken' })
    throw e
  }
  return ok(undefined)
})

/** Always answers the same, whether or not the address has an account (no account enumeration). */
export const forgotPasswordAction = action('public', forgotPasswordSchema, async ({ email, locale }) => {
  const address = await requestAddress()
  if ((await take(`mail:address:${address}`, LIMITS.mailPerAddress)) || (await take(`mail:account:${email}`, LIMITS.mailPerAccount))) {
    return fail('rateLimited')
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true, suspendedAt: true } })
  if (user && !user.suspendedAt) {
    const token = await issueToken(user.id, 'PASSWORD_RESET')
    const mailLocale = locale ?? user.locale
    const t = await getTranslations({ locale: mailLocale, namespace: 'mail' })
    await sendMail({
      to: email,
      subject: t('resetSubject'),
      text: t('resetBody', { name: user.name, link: absoluteLink('/reset-password', mailLocale, { token }) }),
    })
  }
  return ok(undefined)
})

export const resetPasswordAction = action('public', resetPasswordSchema, async ({ token, password }) => {
  const owner = await peekToken(token, 'PASSWORD_RESET')
  if (!owner) return fail('tokenInvalid')
  if (isWeakPassword(password, owner.email)) return fieldFail({ password: 'passwordCommon' })
  const claimed = await consumeToken(token, 'PASSWORD_RESET')
  if (!claimed) return fail('tokenInvalid')
  await db.user.update({
    where: { id: claimed.userId },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } },
  })
  await clear(`signin:account:${owner.email}`)
  return ok(undefined)
})
