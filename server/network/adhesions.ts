import 'server-only'
import { db } from '@/server/db'

function slugify(name: string) {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'organizzazione'
}

/**
 * Decides a submitted application: INFO_REQUESTED or REJECTED (with a message), or APPROVED — the organisation
 * enters the register with its commitments and clusters, the applicant becomes its confirmed contact person.
 * The status moves only from SUBMITTED (a conditional update), so two admins deciding at once decide once.
 * Returns null (no such application), false (no longer open) or the organisation created on approval.
 */
export async function decideAdhesion(adhesionId: string, decision: 'INFO_REQUESTED' | 'APPROVED' | 'REJECTED', message: string, actorId: string) {
  const a = await db.adhesion.findUnique({ where: { id: adhesionId } })
  if (!a) return null
  return db.$transaction(async (tx) => {
    const r = await tx.adhesion.updateMany({ where: { id: adhesionId, status: 'SUBMITTED' }, data: { status: decision } })
    if (r.count === 0) return false
    let organisationId: string | null = null
    if (decision === 'APPROVED') {
      let slug = slugify(a.orgName)
      for (let i = 2; await tx.organisation.findUnique({ where: { slug }, select: { id: true } }); i++) slug = `${slugify(a.orgName)}-${i}`
      const org = await tx.organisation.create({
        data: {
          slug, name: a.orgName, type: a.orgType, regionId: a.regionId, province: a.province, sector: a.sector, website: a.website, taxCode: a.taxCode,
          vatNumber: a.vatNumber, commitments: a.commitments, adheredAt: new Date(), contactUserId: a.applicantId,
        },
        select: { id: true },
      })
      organisationId = org.id
      const clusterIds = a.clusterIds.split(',').filter(Boolean)
      if (clusterIds.length) await tx.organisationCluster.createMany({ data: clusterIds.map((clusterId) => ({ organisationId: org.id, clusterId })) })
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: a.applicantId, organisationId: org.id } },
        create: { userId: a.applicantId, organisationId: org.id, confirmedAt: new Date(), listed: true },
        update: { confirmedAt: new Date() },
      })
      await tx.adhesion.update({ where: { id: adhesionId }, data: { organisationId: org.id } })
    }
    await tx.adhesionEvent.create({ data: { adhesionId, actorId, kind: decision, message } })
    await tx.notification.create({ data: { userId: a.applicantId, kind: `ADHESION_${decision}` as const, actorId, adhesionId, text: a.orgName } })
    return { organisationId }
  })
}
