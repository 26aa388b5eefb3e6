import 'server-only'
import { db } from '@/server/db'
import { getCaseStudy } from '@/server/content/case-studies'
import type { FieldErrors } from '@/lib/form'
import type { CurrentUser } from '@/server/auth/session'
import { canAttributeToOrganisation } from '@/lib/policies'

export type Links = { caseStudySlug?: string | null; clusterId?: string | null; organisationId?: string | null; eventId?: string | null }

/**
 * Things a thread, an event or a practice may link to must exist: a message next to the field (keyed as the
 * form's field), rather than a foreign-key error. With `by`, the organisation named must also be one the member
 * may speak for (a confirmed member, or an admin) — unless it is the one the record already had (`keep`), so a
 * moderator can still edit a practice attributed by its author. Empty when everything is fine.
 */
export async function linkErrors(l: Links, by?: { user: CurrentUser; keep?: string | null }): Promise<FieldErrors> {
  const [cluster, organisation, event] = await Promise.all([
    l.clusterId ? db.cluster.findUnique({ where: { id: l.clusterId }, select: { id: true } }) : true,
    l.organisationId ? db.organisation.findUnique({ where: { id: l.organisationId }, select: { id: true } }) : true,
    l.eventId ? db.event.findUnique({ where: { id: l.eventId }, select: { id: true } }) : true,
  ])
  const e: FieldErrors = {}
  if (l.caseStudySlug && !getCaseStudy(l.caseStudySlug)) e.caseStudySlug = 'caseStudyUnknown'
  if (!cluster) e.clusterId = 'clusterUnknown'
  if (!organisation) e.organisationId = 'organisationUnknown'
  if (!event) e.eventId = 'eventUnknown'
  if (by && l.organisationId && organisation && l.organisationId !== by.keep) {
    const membership = await db.membership.findUnique({
      where: { userId_organisationId: { userId: by.user.id, organisationId: l.organisationId } },
      select: { confirmedAt: true },
    })
    if (!canAttributeToOrganisation(by.user, membership)) e.organisationId = 'organisationNotYours'
  }
  return e
}
