'use server'
import 'server-only'
import { revalidatePath } from 'next/cache'
import { db } from '@/server/db'
import { action } from '@/server/action'
import { fail, fieldFail, ok } from '@/lib/form'
import { canAdminister } from '@/lib/policies'
import { encodeCodes } from '@/lib/codes'
import { decideAdhesion } from '@/server/network/adhesions'
import {
  adhesionDecisionSchema, adhesionSchema, adhesionUpdateSchema, membershipDecisionSchema, withdrawSchema,
} from '@/lib/validations/network'

function revalidateNetwork() {
  revalidatePath('/[locale]', 'layout')
}

async function clusterErrors(ids: string[]) {
  if (!ids.length) return null
  const found = await db.cluster.count({ where: { id: { in: ids } } })
  return found === new Set(ids).size ? null : fieldFail({ clusterIds: 'clusterUnknown' })
}

function fields(a: ReturnType<typeof adhesionSchema.parse>) {
  const { accept: _accept, clusterIds, commitments, taxCode, vatNumber, ...rest } = a
  return { ...rest, taxCode: taxCode || null, vatNumber: vatNumber || null, clusterIds: encodeCodes(clusterIds), commitments: encodeCodes(commitments) }
}

async function notifyAdmins(tx: Pick<typeof db, 'user' | 'notification'>, adhesionId: string, actorId: string, text: string) {
  const admins = await tx.user.findMany({ where: { role: 'ADMIN', suspendedAt: null }, select: { id: true }, take: 50 })
  if (admins.length) await tx.notification.createMany({ data: admins.map((a) => ({ userId: a.id, kind: 'ADHESION_SUBMITTED' as const, actorId, adhesionId, text })) })
}

/** A signed-in member applies on behalf of an organisation, choosing the commitments it takes on. */
export const applyAction = action('MEMBER', adhesionSchema, async (input, user) => {
  const bad = await clusterErrors(input.clusterIds)
  if (bad) return bad
  const adhesion = await db.$transaction(async (tx) => {
    const a = await tx.adhesion.create({ data: { ...fields(input), applicantId: user.id, acceptedAt: new Date() }, select: { id: true } })
    await tx.adhesionEvent.create({ data: { adhesionId: a.id, actorId: user.id, kind: 'SUBMITTED' } })
    await notifyAdmins(tx, a.id, user.id, input.orgName)
    return a
  })
  revalidateNetwork()
  return ok({ adhesionId: adhesion.id })
})

/** The applicant completes an application the admins asked more about; it goes back to them. */
export const completeAdhesionAction = action('MEMBER', adhesionUpdateSchema, async ({ adhesionId, reply, ...input }, user) => {
  const a = await db.adhesion.findUnique({ where: { id: adhesionId }, select: { applicantId: true, status: true } })
  if (!a || a.applicantId !== user.id) return fail('notFound')
  if (a.status !== 'INFO_REQUESTED') return fail('adhesionNotOpen')
  const bad = await clusterErrors(input.clusterIds)
  if (bad) return bad
  await db.$transaction(async (tx) => {
    await tx.adhesion.update({ where: { id: adhesionId }, data: { ...fields(input), status: 'SUBMITTED', acceptedAt: new Date() } })
    await tx.adhesionEvent.create({ data: { adhesionId, actorId: user.id, kind: 'COMPLETED', message: reply } })
    await notifyAdmins(tx, adhesionId, user.id, input.orgName)
  })
  revalidateNetwork()
  return ok({ adhesionId })
})

/**
 * An admin's decision: ask for more information, reject with a reason, or approve — which creates the
 * organisation in the register with its commitments and makes the applicant its contact person.
 */
export const decideAdhesionAction = action('ADMIN', adhesionDecisionSchema, async ({ adhesionId, decision, message }, user) => {
  const done = await decideAdhesion(adhesionId, decision, message, user.id)
  if (done === null) return fail('notFound')
  if (!done) return fail('adhesionNotOpen')
  revalidateNetwork()
  return ok(done)
})

/** The organisation's contact person (or an admin) confirms or removes someone who says they belong to it. */
export const decideMembershipAction = action('MEMBER', membershipDecisionSchema, async ({ organisationId, userId, decision }, user) => {
  const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { contactUserId: true, name: true } })
  if (!org) return fail('notFound')
  if (org.contactUserId !== user.id && !canAdminister(user)) return fail('forbidden')
  const m = await db.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } }, select: { userId: true } })
  if (!m) return fail('notFound')
  if (decision === 'confirm') {
    await db.$transaction([
      db.membership.update({ where: { userId_organisationId: { userId, organisationId } }, data: { confirmedAt: new Date() } }),
      db.notification.create({ data: { userId, kind: 'MEMBERSHIP_CONFIRMED', actorId: user.id, text: org.name } }),
    ])
  } else {
    if (userId === org.contactUserId) return fail('forbidden')
    await db.membership.delete({ where: { userId_organisationId: { userId, organisationId } } })
  }
  revalidateNetwork()
  return ok(undefined)
})

/** The contact person (or an admin) withdraws the organisation's adhesion; the register keeps it in the history. */
export const withdrawAction = action('MEMBER', withdrawSchema, async ({ organisationId, reason }, user) => {
  const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { contactUserId: true, withdrawnAt: true, adhesions: { where: { status: 'APPROVED' }, select: { id: true } } } })
  if (!org) return fail('notFound')
  if (org.contactUserId !== user.id && !canAdminister(user)) return fail('forbidden')
  if (org.withdrawnAt) return ok(undefined)
  await db.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id: organisationId }, data: { withdrawnAt: new Date() } })
    for (const a of org.adhesions) {
      await tx.adhesion.update({ where: { id: a.id }, data: { status: 'WITHDRAWN' } })
      await tx.adhesionEvent.create({ data: { adhesionId: a.id, actorId: user.id, kind: 'WITHDRAWN', message: reason } })
    }
  })
  revalidateNetwork()
  return ok(undefined)
})
