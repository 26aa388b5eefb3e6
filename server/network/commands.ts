import 'server-only'
import { notify } from '@/server/notifications/notify'
import { revalidatePublicPages } from '@/server/cache'
import { db } from '@/server/db'
import { audit } from '@/server/audit'
import type { Input } from '@/server/action'
import type { CurrentUser } from '@/server/auth/session'
import { fail, fieldFail, ok, tooMany } from '@/lib/form'
import { LIMITS } from '@/lib/rate-window'
import { limited } from '@/server/rate-limit'
import { canActForOrganisation, canAdminister, canCompleteAdhesion, canRemoveMember } from '@/lib/policies'
import { slugify, uniqueSuffix } from '@/lib/slug'
import { decodeCodes, encodeCodes } from '@/lib/codes'
import type { organisationProfileSchema } from '@/lib/validations/organisation'
import { processLogo } from '@/server/network/logo'
import { renderMarkdown } from '@/lib/markdown'
import { revalidatePath } from 'next/cache'
import type {
  adhesionDecisionSchema,
  adhesionSchema,
  adhesionUpdateSchema,
  membershipDecisionSchema,
  withdrawSchema,
} from '@/lib/validations/network'

function revalidateNetwork() {
  revalidatePublicPages()
}

async function clusterErrors(ids: string[]) {
  if (!ids.length) return null
  const found = await db.cluster.count({ where: { id: { in: ids } } })
  return found === new Set(ids).size ? null : fieldFail({ clusterIds: 'clusterUnknown' })
}

function fields(a: ReturnType<typeof adhesionSchema.parse>) {
  const { accept: _accept, clusterIds, commitments, taxCode, vatNumber, ...rest } = a
  return {
    ...rest,
    taxCode: taxCode || null,
    vatNumber: vatNumber || null,
    clusterIds: encodeCodes(clusterIds),
    commitments: encodeCodes(commitments),
  }
}

async function notifyAdmins(tx: Parameters<typeof notify>[0], adhesionId: string, actorId: string, text: string) {
  // Every active admin (no arbitrary cap: an admin left out would never hear of the application).
  const admins = await tx.user.findMany({ where: { role: 'ADMIN', suspendedAt: null, deletedAt: null }, select: { id: true } })
  await notify(
    tx,
    admins.map((a) => ({ userId: a.id, kind: 'ADHESION_SUBMITTED' as const, actorId, adhesionId, text })),
  )
}

/** A signed-in member applies on behalf of an organisation, choosing the commitments it takes on. */
export async function apply(input: Input<typeof adhesionSchema>, user: CurrentUser) {
  const bad = await clusterErrors(input.clusterIds)
  if (bad) return bad
  const wait = await limited(`network:apply:${user.id}`, LIMITS.adhesionsPerMember)
  if (wait) return tooMany('rateLimited', wait)
  const adhesion = await db.$transaction(async (tx) => {
    const a = await tx.adhesion.create({ data: { ...fields(input), applicantId: user.id, acceptedAt: new Date() }, select: { id: true } })
    await tx.adhesionEvent.create({ data: { adhesionId: a.id, actorId: user.id, kind: 'SUBMITTED' } })
    await notifyAdmins(tx, a.id, user.id, input.orgName)
    return a
  })
  revalidateNetwork()
  return ok({ adhesionId: adhesion.id })
}

/** The applicant completes an application the admins asked more about; it goes back to them. */
export async function completeAdhesion({ adhesionId, reply, ...input }: Input<typeof adhesionUpdateSchema>, user: CurrentUser) {
  const a = await db.adhesion.findUnique({ where: { id: adhesionId }, select: { applicantId: true, status: true } })
  // Someone else's application does not exist, as far as this member can tell.
  if (!a || !canCompleteAdhesion(user, a)) return fail('notFound')
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
}

/**
 * An admin's decision: ask for more information, reject with a reason, or approve — which creates the
 * organisation in the register with its commitments and makes the applicant its contact person.
 */
export async function decideAdhesion({ adhesionId, decision, message }: Input<typeof adhesionDecisionSchema>, user: CurrentUser) {
  if (!canAdminister(user)) return fail('forbidden')
  const done = await applyDecision(adhesionId, decision, message, user)
  if (done === null) return fail('notFound')
  if (!done) return fail('adhesionNotOpen')
  revalidateNetwork()
  return ok(done)
}

/** The organisation's contact person (or an admin) confirms or removes someone who says they belong to it. */
export async function decideMembership({ organisationId, userId, decision }: Input<typeof membershipDecisionSchema>, user: CurrentUser) {
  const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { contactUserId: true, name: true } })
  if (!org) return fail('notFound')
  if (!canActForOrganisation(user, org)) return fail('forbidden')
  const m = await db.membership.findUnique({
    where: { userId_organisationId: { userId, organisationId } },
    select: { userId: true, user: { select: { name: true } } },
  })
  if (!m) return fail('notFound')
  if (decision === 'remove' && !canRemoveMember(user, org, { userId })) return fail('forbidden')
  if (decision === 'confirm') {
    await db.$transaction(async (tx) => {
      await tx.membership.update({ where: { userId_organisationId: { userId, organisationId } }, data: { confirmedAt: new Date() } })
      await notify(tx, [{ userId, kind: 'MEMBERSHIP_CONFIRMED', actorId: user.id, text: org.name }])
      await audit(tx, user, {
        action: 'membership.confirm',
        target: { type: 'organisation', id: organisationId, label: `${org.name}: ${m.user.name}` },
      })
    })
  } else {
    await db.$transaction(async (tx) => {
      await tx.membership.delete({ where: { userId_organisationId: { userId, organisationId } } })
      await audit(tx, user, {
        action: 'membership.remove',
        target: { type: 'organisation', id: organisationId, label: `${org.name}: ${m.user.name}` },
      })
      // The member hears of it (unless they left on their own).
      if (userId !== user.id) await notify(tx, [{ userId, kind: 'MEMBERSHIP_REMOVED', actorId: user.id, text: org.name }])
    })
  }
  revalidateNetwork()
  return ok(undefined)
}

/** The contact person (or an admin) withdraws the organisation's adhesion; the register keeps it in the history. */
export async function withdraw({ organisationId, reason }: Input<typeof withdrawSchema>, user: CurrentUser) {
  const org = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { contactUserId: true, withdrawnAt: true, name: true, adhesions: { where: { status: 'APPROVED' }, select: { id: true } } },
  })
  if (!org) return fail('notFound')
  if (!canActForOrganisation(user, org)) return fail('forbidden')
  if (org.withdrawnAt) return ok(undefined)
  await db.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id: organisationId }, data: { withdrawnAt: new Date() } })
    await audit(tx, user, {
      action: 'organisation.withdraw',
      target: { type: 'organisation', id: organisationId, label: org.name },
      after: { reason },
    })
    for (const a of org.adhesions) {
      await tx.adhesion.update({ where: { id: a.id }, data: { status: 'WITHDRAWN' } })
      await tx.adhesionEvent.create({ data: { adhesionId: a.id, actorId: user.id, kind: 'WITHDRAWN', message: reason } })
    }
  })
  revalidateNetwork()
  return ok(undefined)
}

/**
 * Decides a submitted application: INFO_REQUESTED or REJECTED (with a message), or APPROVED — the organisation
 * enters the register with its commitments and clusters, the applicant becomes its confirmed contact person.
 * The status moves only from SUBMITTED (a conditional update), so two admins deciding at once decide once.
 * Returns null (no such application), false (no longer open) or the organisation created on approval.
 */
async function applyDecision(
  adhesionId: string,
  decision: 'INFO_REQUESTED' | 'APPROVED' | 'REJECTED',
  message: string,
  actor: CurrentUser,
) {
  const actorId = actor.id
  const a = await db.adhesion.findUnique({ where: { id: adhesionId } })
  if (!a) return null
  return db.$transaction(async (tx) => {
    const r = await tx.adhesion.updateMany({ where: { id: adhesionId, status: 'SUBMITTED' }, data: { status: decision } })
    if (r.count === 0) return false
    let organisationId: string | null = null
    if (decision === 'APPROVED') {
      const base = slugify(a.orgName, { fallback: 'organizzazione' })
      const slug = await uniqueSuffix(base, async (slug) => !!(await tx.organisation.findUnique({ where: { slug }, select: { id: true } })))
      const org = await tx.organisation.create({
        data: {
          slug,
          name: a.orgName,
          type: a.orgType,
          regionId: a.regionId,
          province: a.province,
          sector: a.sector,
          website: a.website,
          taxCode: a.taxCode,
          vatNumber: a.vatNumber,
          commitments: a.commitments,
          adheredAt: new Date(),
          contactUserId: a.applicantId,
        },
        select: { id: true },
      })
      organisationId = org.id
      const clusterIds = decodeCodes(a.clusterIds)
      if (clusterIds.length)
        await tx.organisationCluster.createMany({ data: clusterIds.map((clusterId) => ({ organisationId: org.id, clusterId })) })
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: a.applicantId, organisationId: org.id } },
        create: { userId: a.applicantId, organisationId: org.id, confirmedAt: new Date(), listed: true },
        update: { confirmedAt: new Date() },
      })
      await tx.adhesion.update({ where: { id: adhesionId }, data: { organisationId: org.id } })
    }
    await tx.adhesionEvent.create({ data: { adhesionId, actorId, kind: decision, message } })
    await audit(tx, actor, {
      action: 'adhesion.decide',
      target: { type: 'adhesion', id: adhesionId, label: a.orgName },
      before: { status: 'SUBMITTED' },
      after: { status: decision, message: message || undefined },
    })
    await notify(tx, [{ userId: a.applicantId, kind: `ADHESION_${decision}` as const, actorId, adhesionId, text: a.orgName }])
    // The other admins' "to examine" notifications are done: they resolve themselves.
    await tx.notification.updateMany({
      where: { adhesionId, kind: 'ADHESION_SUBMITTED', resolvedAt: null },
      data: { resolvedAt: new Date() },
    })
    return { organisationId }
  })
}

/**
 * The organisation's public profile, by its contact person or an admin: description (Markdown, rendered and sanitised
 * now), website, public e-mail, address, credentials and logo (checked by content and re-encoded; or removed).
 */
export async function updateOrganisationProfile(
  { organisationId, logo, removeLogo, description, ...fields }: Input<typeof organisationProfileSchema>,
  user: CurrentUser,
) {
  const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { contactUserId: true, name: true, slug: true } })
  if (!org) return fail('notFound')
  if (!canActForOrganisation(user, org)) return fail('forbidden')
  let webp: Buffer | null = null
  if (logo && logo.size > 0) {
    const wait = await limited(`network:logo:${user.id}`, LIMITS.uploadsPerMember)
    if (wait) return tooMany('rateLimited', wait)
    const r = await processLogo(new Uint8Array(await logo.arrayBuffer()))
    if (!r.ok) return fieldFail({ logo: r.error })
    webp = r.webp
  }
  const now = new Date()
  await db.$transaction(async (tx) => {
    await tx.organisation.update({
      where: { id: organisationId },
      data: {
        ...fields,
        description,
        descriptionHtml: description ? renderMarkdown(description) : null,
        ...(webp ? { logoUpdatedAt: now } : removeLogo ? { logoUpdatedAt: null } : {}),
      },
    })
    if (webp)
      await tx.organisationLogo.upsert({
        where: { organisationId },
        create: { organisationId, bytes: new Uint8Array(webp) },
        update: { bytes: new Uint8Array(webp) },
      })
    else if (removeLogo) await tx.organisationLogo.deleteMany({ where: { organisationId } })
    await audit(tx, user, { action: 'organisation.profile', target: { type: 'organisation', id: organisationId, label: org.name } })
  })
  revalidatePath('/[locale]/network', 'layout')
  revalidateNetwork()
  return ok({ slug: org.slug })
}
