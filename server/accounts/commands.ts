import 'server-only'
import { revalidatePath } from 'next/cache'
import { db, Prisma } from '@/server/db'
import type { Input } from '@/server/action'
import type { CurrentUser } from '@/server/auth/session'
import { hashPassword, isWeakPassword, verifyPassword } from '@/server/auth/password'
import { deleteAccount } from '@/server/accounts/privacy'
import { consumeToken, issueToken, peekToken } from '@/server/auth/tokens'
import { clearPrefix, limited, take } from '@/server/rate-limit'
import { signInPairKey } from '@/server/auth/options'
import { uniqueHandle } from '@/server/accounts/handles'
import { mailText, sendMail } from '@/server/mail'
import { absoluteLink } from '@/server/links'
import { LIMITS } from '@/lib/rate-window'
import { fail, fieldFail, ok, tooMany } from '@/lib/form'
import type {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  forgotPasswordSchema,
  profileFormSchema,
  registerSchema,
  resetPasswordSchema,
  tokenSchema,
} from '@/lib/validations/auth'
import type { listedSchema, membershipSchema } from '@/lib/validations/organisation'

export async function updateProfile({ name, locale, profilePublic }: Input<typeof profileFormSchema>, user: CurrentUser) {
  await db.user.update({ where: { id: user.id }, data: { name, locale, profilePublic } })
  revalidatePath('/[locale]/account', 'page')
  return ok(undefined)
}

export async function changePassword({ current, password }: Input<typeof changePasswordSchema>, user: CurrentUser) {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })
  if (!(await verifyPassword(row.passwordHash, current))) return fieldFail({ current: 'passwordWrong' })
  if (isWeakPassword(password, user.email)) return fieldFail({ password: 'passwordCommon' })
  // Bumping sessionVersion signs out every other session; the client signs in again with the new password.
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } } })
  return ok(undefined)
}

/** Sends a confirmation link to the new address; the change happens when that link is used. */
export async function requestEmailChange({ email, current }: Input<typeof changeEmailSchema>, user: CurrentUser) {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, locale: true, name: true } })
  if (!(await verifyPassword(row.passwordHash, current))) return fieldFail({ current: 'passwordWrong' })
  if (email === user.email) return fieldFail({ email: 'emailSame' })
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return fieldFail({ email: 'emailTaken' })
  const wait = await limited(`mail:account:${user.email}`, LIMITS.mailPerAccount)
  if (wait) return tooMany('rateLimited', wait)
  const token = await issueToken(user.id, 'EMAIL_CHANGE', email)
  const t = mailText(row.locale)
  await sendMail({
    to: email,
    locale: row.locale,
    subject: t('emailChangeSubject'),
    text: t('emailChangeBody', { name: row.name, link: absoluteLink('/confirm-email', row.locale, { token }) }),
  })
  await sendMail({
    to: user.email,
    locale: row.locale,
    subject: t('emailChangeNoticeSubject'),
    text: t('emailChangeNoticeBody', { name: row.name, email }),
  })
  return ok({ email })
}

export async function confirmEmailChange({ token }: Input<typeof tokenSchema>) {
  const claimed = await consumeToken(token, 'EMAIL_CHANGE')
  if (!claimed?.newEmail) return fail('tokenInvalid')
  try {
    // A new address ends every open session (as a password change does): the member signs in again with it.
    await db.user.update({ where: { id: claimed.userId }, data: { email: claimed.newEmail, sessionVersion: { increment: 1 } } })
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') return fail('emailTaken')
    throw e
  }
  return ok({ email: claimed.newEmail })
}

export async function joinOrganisation({ organisationId }: Input<typeof membershipSchema>, user: CurrentUser) {
  const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true } })
  if (!org) return fieldFail({ organisationId: 'organisationUnknown' })
  await db.membership.upsert({
    where: { userId_organisationId: { userId: user.id, organisationId } },
    create: { userId: user.id, organisationId },
    update: {},
  })
  revalidatePath('/[locale]/account', 'page')
  return ok(undefined)
}

export async function leaveOrganisation({ organisationId }: Input<typeof membershipSchema>, user: CurrentUser) {
  // Owner-scoped: a user can only ever remove their own membership.
  await db.membership.deleteMany({ where: { userId: user.id, organisationId } })
  revalidatePath('/[locale]/account', 'page')
  return ok(undefined)
}

/** Deletes the member's own account after the password and an explicit confirmation (server/account/privacy.ts). */
export async function deleteMyAccount({ current }: Input<typeof deleteAccountSchema>, user: CurrentUser) {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, role: true } })
  if (!(await verifyPassword(row.passwordHash, current))) return fieldFail({ current: 'passwordWrong' })
  // The last admin cannot leave the platform without one.
  if (row.role === 'ADMIN' && (await db.user.count({ where: { role: 'ADMIN', deletedAt: null, suspendedAt: null } })) <= 1)
    return fail('lastAdmin')
  await deleteAccount(user.id)
  return ok(undefined)
}

/** The member chooses whether their name appears on the organisation's public page (only their own membership). */
export async function setListed({ organisationId, listed }: Input<typeof listedSchema>, user: CurrentUser) {
  const r = await db.membership.updateMany({ where: { userId: user.id, organisationId }, data: { listed: listed === 'yes' } })
  if (r.count === 0) return fail('notFound')
  revalidatePath('/[locale]', 'layout')
  return ok(undefined)
}

// Signing up and recovering access (public).

/**
 * A new account, answered the same whether or not the address already has one (no account enumeration, issue 12):
 * a new address gets the account, unconfirmed, and a link to confirm it; a known address gets a note that someone
 * tried to register with it, with the ways to sign in. Sign-in waits for the confirmation. `address` is the
 * client's, for the per-address limit (the action reads it from the request).
 */
export async function register(input: Input<typeof registerSchema>, address: string) {
  if (isWeakPassword(input.password, input.email)) return fieldFail({ password: 'passwordCommon' })
  const wait = await limited(`register:address:${address}`, LIMITS.registerPerAddress)
  if (wait) return tooMany('rateLimited', wait)
  // Hashed either way, so both answers take as long.
  const passwordHash = await hashPassword(input.password)
  const mailAllowed = !(await take(`mail:account:${input.email}`, LIMITS.mailPerAccount))
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { name: true, locale: true } })
  if (existing) {
    if (mailAllowed) await mailExistingAccount(input.email, existing)
    return ok({ email: input.email })
  }
  let user: { id: string }
  try {
    user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, locale: input.locale, handle: await uniqueHandle(input.name) },
      select: { id: true },
    })
  } catch (e) {
    // Registered a moment ago by a concurrent request: the same answer as for any known address.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') return ok({ email: input.email })
    throw e
  }
  if (mailAllowed) {
    const token = await issueToken(user.id, 'ACCOUNT_CONFIRM')
    const t = mailText(input.locale)
    await sendMail({
      to: input.email,
      locale: input.locale,
      subject: t('accountConfirmSubject'),
      text: t('accountConfirmBody', { name: input.name, link: absoluteLink('/confirm-account', input.locale, { token }) }),
    })
  }
  return ok({ email: input.email })
}

async function mailExistingAccount(email: string, owner: { name: string; locale: 'it' | 'en' }) {
  const t = mailText(owner.locale)
  await sendMail({
    to: email,
    locale: owner.locale,
    subject: t('registerExistingSubject'),
    text: t('registerExistingBody', {
      name: owner.name,
      signIn: absoluteLink('/sign-in', owner.locale, {}),
      reset: absoluteLink('/forgot-password', owner.locale, {}),
    }),
  })
}

/** The link of the registration mail: the address is confirmed and the member can sign in. */
export async function confirmAccount({ token }: Input<typeof tokenSchema>) {
  const claimed = await consumeToken(token, 'ACCOUNT_CONFIRM')
  if (!claimed) return fail('tokenInvalid')
  await db.user.update({ where: { id: claimed.userId }, data: { emailConfirmedAt: new Date() } })
  return ok(undefined)
}

/** Always answers the same, whether or not the address has an account (no account enumeration). */
export async function forgotPassword({ email, locale }: Input<typeof forgotPasswordSchema>, address: string) {
  const wait =
    (await limited(`mail:address:${address}`, LIMITS.mailPerAddress)) ?? (await limited(`mail:account:${email}`, LIMITS.mailPerAccount))
  if (wait) return tooMany('rateLimited', wait)
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true, suspendedAt: true } })
  if (user && !user.suspendedAt) {
    const token = await issueToken(user.id, 'PASSWORD_RESET')
    const mailLocale = locale ?? user.locale
    const t = mailText(mailLocale)
    await sendMail({
      to: email,
      locale: mailLocale,
      subject: t('resetSubject'),
      text: t('resetBody', { name: user.name, link: absoluteLink('/reset-password', mailLocale, { token }) }),
    })
  }
  return ok(undefined)
}

export async function resetPassword({ token, password }: Input<typeof resetPasswordSchema>) {
  const owner = await peekToken(token, 'PASSWORD_RESET')
  if (!owner) return fail('tokenInvalid')
  if (isWeakPassword(password, owner.email)) return fieldFail({ password: 'passwordCommon' })
  const claimed = await consumeToken(token, 'PASSWORD_RESET')
  if (!claimed) return fail('tokenInvalid')
  await db.user.update({
    where: { id: claimed.userId },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } },
  })
  // A new password lifts the account's sign-in holds from every address.
  await clearPrefix(signInPairKey(owner.email, ''))
  return ok(undefined)
}
