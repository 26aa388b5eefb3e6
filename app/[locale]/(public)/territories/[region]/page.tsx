import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { getTerritoryOverview, listRegionClusters } from '@/server/territories/queries'
import { REGIONS, regionInSentence } from '@/lib/territory'
import { TerritoryOverview } from '@/components/territory-overview'
import { localised } from '@/lib/localised'
import { AtomLink, WebcalLink } from '@/components/feed-links'
import { feedPath } from '@/lib/paths'
import { FollowTerritory } from '@/components/follow-territory'

// Served from the page cache (issue 15), rendered at the first request for each region and expired by every write
// to meetings, practices, discussions or the register (server/cache.ts), and by five minutes (upcoming meetings).
export const revalidate = 300
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: Locale; region: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, region } = await params
  const r = REGIONS.find((x) => x.id === region)
  if (!r) return {}
  const t = await getTranslations({ locale, namespace: 'network.territory' })
  return {
    title: localised(r, 'name', locale),
    description: t('regionLead', { region: regionInSentence(r.id, locale) }),
    alternates: { types: { 'application/atom+xml': feedPath(`territory-${r.id}`, locale) } },
  }
}

/** A region: its districts, upcoming events (with the region's calendar feed), members, case studies, practices, discussions. */
export default async function RegionPage({ params }: Props) {
  const { locale, region } = await params
  setRequestLocale(locale)
  const r = REGIONS.find((x) => x.id === region)
  if (!r) notFound()
  const [t, data, clusters] = await Promise.all([
    getTranslations('network.territory'),
    getTerritoryOverview({ regionId: r.id }),
    listRegionClusters(r.id),
  ])
  const name = localised(r, 'name', locale)
  return (
    <div className="max-w-5xl">
      <Breadcrumbs items={[{ section: 'network' }, { label: name }]} />
      <h1 className="text-3xl font-bold text-brand-800">{name}</h1>
      <p className="mt-2">{t('regionLead', { region: regionInSentence(r.id, locale) })}</p>
      <p className="mt-2 flex flex-wrap gap-4 text-sm">
        <a href={`/feeds/events/region-${r.id}.ics`}>{t('feed', { name })}</a>
        <WebcalLink path={`/feeds/events/region-${r.id}.ics`} name={name} />
        <AtomLink path={feedPath(`territory-${r.id}`, locale)} name={name} />
        <Link href={{ pathname: '/events', query: { region: r.id } }}>{t('allEvents')}</Link>
      </p>
      <FollowTerritory target={{ regionId: r.id }} name={name} />
      {clusters.length > 0 && (
        <section aria-labelledby="rc-h" className="mt-6">
          <h2 id="rc-h" className="text-xl font-semibold">
            {t('districts')}
          </h2>
          <ul className="mt-1 flex flex-wrap gap-x-4">
            {clusters.map((c) => (
              <li key={c.slug}>
                <Link href={{ pathname: '/districts/[slug]', params: { slug: c.slug } }}>{localised(c, 'name', locale)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <TerritoryOverview data={data} locale={locale} />
    </div>
  )
}
