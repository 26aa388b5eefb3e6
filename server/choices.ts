import 'server-only'
import type { Locale } from '@/i18n/routing'
import { db } from '@/server/db'
import { listClusters } from '@/server/territories/queries'
import { getAllCaseStudies } from '@/server/content/case-studies'
import { REGIONS } from '@/lib/territory'
import { localised } from '@/lib/localised'
import type { CurrentUser } from '@/server/auth/session'
import { canAdminister } from '@/lib/policies'

export type Option = { value: string; label: string }

/**
 * What forms can link to (regions, districts, organisations, case studies), as select options in the page's
 * language. With `speaker`, the organisations are those the member may speak for — their confirmed memberships
 * (admins: any), plus the one the record already names (`keep`) — as the commands check (server/link-checks.ts).
 */
export async function linkChoices(
  locale: Locale,
  speaker?: { user: CurrentUser; keep?: string | null },
): Promise<{ regions: Option[]; clusters: Option[]; organisations: Option[]; caseStudies: Option[] }> {
  const own = speaker && !canAdminister(speaker.user)
  const [clusters, organisations] = await Promise.all([
    listClusters(),
    db.organisation.findMany({
      where: own
        ? {
            OR: [
              { memberships: { some: { userId: speaker.user.id, confirmedAt: { not: null } } } },
              ...(speaker.keep ? [{ id: speaker.keep }] : []),
            ],
          }
        : {},
      orderBy: { name: 'asc' },
      take: 1000,
      select: { id: true, name: true },
    }),
  ])
  return {
    regions: REGIONS.map((r) => ({ value: r.id, label: localised(r, 'name', locale) })),
    clusters: clusters.map((c) => ({ value: c.id, label: localised(c, 'name', locale) })),
    organisations: organisations.map((o) => ({ value: o.id, label: o.name })),
    caseStudies: getAllCaseStudies().map((c) => ({ value: c.slug, label: c.title[locale] })),
  }
}
