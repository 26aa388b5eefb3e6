'use server'
import 'server-only'
import { z } from 'zod'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { db, Prisma } from '@/server/db'
import { action } from '@/server/action'
import { hashPassword, isWeakPassword, verifyPassword } from '@/server/auth/password'
import { deleteAccount } from '@/server/account/privacy'
import { consumeToken, issueToken } from '@/server/auth/tokens'
import { take } from '@/server/rate-limit'
import { sendMail } from '@/server/mail'
import { absoluteLink } from '@/server/links'
import { LIMITS } from '@/lib/rate-window'
import { fail, fieldFail, ok } from '@/lib/form'
import { changeEmailSchema, changePasswordSchema, profileSchema, tokenSchema } from '@/lib/validations/auth'
import { membershipSchema } from '@/lib/validations/organisation'

const profileFormSchema = profileSchema.extend({ profilePublic: z.literal('on').optional().transform((v) => v === 'on') })

export const updateProfileAction = action('MEMBER', profileFormSchema, async ({ name, locale, profilePublic }, user) => {
  await db.user.update({ where: { id: user.id }, data: { name, locale, profilePublic } })
  revalidatePath('/[locale]/account', 'page')
  return ok(undefined)
})

export const changePasswordAction = action('MEMBER', changePasswordSchema, async ({ current, password }, user) => {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })
  if (!(await verifyPassword(row.passwordHash, current))) return fieldFail({ current: 'passwordWrong' })
  if (isWeakPassword(password, user.email)) return fieldFail({ password: 'passwordCommon' })
  // Bumping sessionVersion signs out every other session; the client signs in again with the new password.
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } } })
  return ok(undefined)
})

/** Sends a confirmation link to the new address; the change happens when that link is used. */
export const requestEmailChangeAction = action('MEMBER', changeEmailSchema, async ({ email, current }, user) => {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, locale: true, name: true } })
  if (!(await verifyPassword(row.passwordHash, current))) return fieldFail({ current: 'passwordWrong' })
  if (email === user.email) return fieldFail({ email: 'emailSame' })
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return fieldFail({ email: 'emailTaken' })
  if (await take(`mail:account:${user.email}`, LIMITS.mailPerAccount)) return fail('rateLimited')
  const token = await issueToken(user.id, 'EMAIL_CHANGE', email)
  const t = await getTranslations({ locale: row.locale, namespace: 'mail' })
  await sendMail({ to: email, subject: t('emailChangeSubject'), text: t('emailChangeBody', { name: row.name, link: absoluteLink('/confirm-email', row.locale, { token }) }) })
  await sendMail({ to: user.email, subject: t('emailChangeNoticeSubject'), text: t('emailChangeNoticeBody', { name: row.name, email }) })
  return ok({ email })
})

export const confirmEmailChangeAction = action('public', tokenSchema, async ({ token }) => {
  const claimed = await consumeToken(token, 'EMAIL_CHANGE')
  if (!claimed?.newEmail) return fail('tokenInvalid')
  try {
    await db.user.update({ where: { id: claimed.userId }, data: { email: claimed.newEmail } })
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') return fail('emailTaken')
    throw e
  }
  return ok({ email: claimed.newEmail })
})

export const joinOrganisationAction = action('MEMBER', membershipSchema, async ({ organisationId }, user) => {
  const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true } })
  if (!org) return fieldFail({ organisationId: 'organisationUnknown' })
  await db.membership.upsert({
    where: { userId_organisationId: { userId: user.id, organisationId } },
    create: { userId: user.id, organisationId },
    update: {},
  })
  revalidatePath('/[locale]/account', 'page')
  return ok(undefined)
})

export const leaveOrganisationAction = action('MEMBER', membershipSchema, async ({ organisationId }, user) => {
  // Owner-scoped: a user can only ever remove their own membership.
  await db.membership.deleteMany({ where: { userId: user.id, organisationId } })
  revalidatePath('/[locale]/account', 'page')
  return ok(undefined)
})

const deleteAccountSchema = z.object({
  current: z.string('required').min(1, 'required').max(200),
  confirm: z.literal('on', 'deleteConfirmRequired'),
})

/** Deletes the member's own account after the password and an explicit confirmation (server/account/privacy.ts). */
export const deleteAccountAction = action('MEMBER', deleteAccountSchema, async ({ current }, user) => {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, role: true } })
  if (!(await verifyPassword(row.passwordHash, current))) return fieldFail({ current: 'passwordWrong' })
  // The last admin cannot leave the platform without one.
  if (row.role === 'ADMIN' && (await db.user.count({ where: { role: 'ADMIN', deletedAt: null, suspendedAt: null } })) <= 1) return fail('lastAdmin')
  await deleteAccount(user.id)
  return ok(undefined)
})

const listedSchema = z.object({ organisationId: z.string().min(1).max(50), listed: z.enum(['yes', 'no']) })

/** The member chooses whether their name appears on the organisation's public page (only their own membership). */
export const setListedAction = action('MEMBER', listedSchema, async ({ organisationId, listed }, user) => {
  const r = await db.membership.updateMany({ where: { userId: user.id, organisationId }, data: { listed: listed === 'yes' } })
  if (r.count === 0) return fail('notFound')
  revalidatePath('/[locale]', 'layout')
  return ok(undefined)
})
