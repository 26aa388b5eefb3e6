import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { notFound } from 'next/navigation'
import { getAllCaseStudies } from '@/server/content/case-studies'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { getClusterBySlug, getTerritoryOverview } from '@/server/territories/queries'
import { regionName } from '@/lib/territory'
import { TerritoryOverview } from '@/components/territory-overview'
import { localised } from '@/lib/localised'
import { WebcalLink } from '@/components/feed-links'
import { FollowTerritory } from '@/components/follow-territory'
import { statusDateLabel } from '@/lib/case-studies/status'

// Served from the page cache (issue 15), like the region pages.
export const revalidate = 300
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const c = await getClusterBySlug(slug)
  return c ? { title: localised(c, 'name', locale) } : {}
}

/** A district or cluster: its certification where known (the APO attestation lasts three years), and everything about it. */
export default async function DistrictPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const c = await getClusterBySlug(slug)
  if (!c) notFound()
  const [t, format, data] = await Promise.all([
    getTranslations('network.territory'),
    getFormatter(),
    getTerritoryOverview({ clusterId: c.id, clusterSlug: c.slug }),
  ])
  const name = localised(c, 'name', locale)
  const date = (d: Date) => format.dateTime(d, { day: 'numeric', month: 'long', year: 'numeric' })
  const expired = c.apoExpiresAt ? c.apoExpiresAt < new Date() : false
  const caseStudy = getAllCaseStudies().find((cs) => cs.cluster === c.slug)
  const statusSource = caseStudy ? caseStudy.sources[caseStudy.status.source - 1] : undefined
  const tst = await getTranslations('statuses')

  return (
    <div className="max-w-5xl">
      <Breadcrumbs
        items={[
          { section: 'network' },
          { label: regionName(c.regionId, locale), href: { pathname: '/territories/[region]', params: { region: c.regionId } } },
          { label: name },
        ]}
      />
      <h1 className="text-3xl font-bold text-brand-800">{name}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <Badge>{localised(c, 'sector', locale)}</Badge>
        {c.isDemo && <Badge tone="amber">demo</Badge>}
      </p>
      <FollowTerritory target={{ clusterId: c.id }} name={name} />
      <section aria-labelledby="cert-h" className="mt-4 rounded-lg border border-gray-200 p-4" data-testid="certification">
        <h2 id="cert-h" className="font-semibold">
          {/* "APO attestation" where there is one to speak of; otherwise (an APEA, a programme) where it stands. */}
          {c.apoAwardedAt || !caseStudy || caseStudy.instruments.includes('apo') ? t('certification') : t('statusHeading')}
        </h2>
        {c.apoAwardedAt && c.apoExpiresAt && (
          <p>{t(expired ? 'apoExpired' : 'apoValid', { awarded: date(c.apoAwardedAt), expires: date(c.apoExpiresAt) })}</p>
        )}
        {/* Where the district has a case study, its status (with the date and source) is the one statement of where it stands. */}
        {caseStudy ? (
          <p data-testid="district-status">
            {t('statusFromCase', { status: tst(caseStudy.status.value), date: statusDateLabel(format, caseStudy.status.asOf) })}{' '}
            <Link href={{ pathname: '/case-studies/[slug]', params: { slug: caseStudy.slug } }}>{caseStudy.title[locale]}</Link>
            {statusSource && (
              <span className="text-sm text-muted">
                {' '}
                ({t('source')}:{' '}
                <a href={statusSource.url} rel="noopener noreferrer">
                  {statusSource.publisher}
                  {statusSource.date ? `, ${statusSource.date}` : ''}
                </a>
                )
              </span>
            )}
          </p>
        ) : (
          !c.apoAwardedAt && <p className="text-sm text-muted">{t('certificationUnknown')}</p>
        )}
        {c.source && (
          <p className="mt-1 text-sm text-muted">
            {t('source')}: {c.source}
          </p>
        )}
      </section>
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <a href={`/feeds/events/cluster-${c.slug}.ics`}>{t('feed', { name })}</a>
        <WebcalLink path={`/feeds/events/cluster-${c.slug}.ics`} name={name} />
        <Link href={{ pathname: '/events', query: { cluster: c.id } }}>{t('allEvents')}</Link>
      </p>
      <TerritoryOverview data={data} locale={locale} />
    </div>
  )
}
