import type { Metadata } from 'next'
import { isBuildPhase } from '@/server/cache'
import { CommitmentsSection, JoinSteps } from '@/components/joining'
import { TableScroll } from '@/components/table-scroll'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { REGIONS } from '@/lib/territory'
import { localised } from '@/lib/localised'
import { Badge } from '@/components/ui/badge'
import { ItalyMap } from '@/components/italy-map'
import { listClusters } from '@/server/territories/queries'
import { regionPresence } from '@/server/home/queries'

// Served from the page cache (issue 15); writes to the register, districts or meetings expire it (server/cache.ts).
export const revalidate = 300

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'network' })
  return { title: t('title'), description: t('lead') }
}

const FACTS = ['founded', 'governance', 'themes', 'surveys', 'funding'] as const

/** The network: what it is, its history and governance (each fact with its source), the commitments, how to join. */
export default async function NetworkPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  if (isBuildPhase()) return null
  const [t, th, tc, clusters, presence] = await Promise.all([
    getTranslations('network'),
    getTranslations('home'),
    getTranslations('common'),
    listClusters(),
    regionPresence(),
  ])
  return (
    <div className="max-w-5xl">
      <Breadcrumbs items={[{ section: 'network' }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="mt-2 text-lg">{t('lead')}</p>
      <nav aria-label={t('sections')} className="mt-4">
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link href="/network/members">{t('registerTitle')}</Link>
          </li>
          <li>
            <Link href="/network/join">{t('joinTitle')}</Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="history-h" className="mt-8">
        <h2 id="history-h" className="text-2xl font-semibold">
          {t('historyTitle')}
        </h2>
        <dl className="mt-3 space-y-3">
          {FACTS.map((f) => (
            <div key={f}>
              <dt className="font-semibold">{t(`facts.${f}.title`)}</dt>
              <dd>
                {t(`facts.${f}.text`)}{' '}
                {t(`facts.${f}.source`) !== '—' && (
                  <span className="text-sm text-muted">
                    ({t('source')}: {t(`facts.${f}.source`)})
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-muted">{t('factsNote')}</p>
      </section>
      <CommitmentsSection id="commit-h" note={th('commitmentsSource')} />
      <section aria-labelledby="terr-h" className="mt-8">
        <h2 id="terr-h" className="text-2xl font-semibold">
          {t('territoriesTitle')}
        </h2>
        <p className="mt-2">{t('territoriesLead')}</p>
        <div className="mt-4">
          <ItalyMap presence={presence} headingId="terr-h" />
        </div>
        <h3 className="mt-8 text-xl font-semibold">{t('allRegions')}</h3>
        <ul className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4" data-testid="regions">
          {REGIONS.map((r) => (
            <li key={r.id}>
              <Link href={{ pathname: '/territories/[region]', params: { region: r.id } }}>{localised(r, 'name', locale)}</Link>
            </li>
          ))}
        </ul>
        <TableScroll label={th('territoryTable')} className="mt-8">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-xl font-semibold">{th('territoryTable')}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="py-2 pr-4">
                  {th('cluster')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {th('region')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {th('sector')}
                </th>
                <th scope="col" className="py-2">
                  {th('source')}
                </th>
              </tr>
            </thead>
            <tbody>
              {clusters.map((c) => (
                <tr key={c.id} className="border-b border-line align-top">
                  <td className="py-2 pr-4 font-medium">
                    <Link href={{ pathname: '/districts/[slug]', params: { slug: c.slug } }}>{locale === 'en' ? c.nameEn : c.nameIt}</Link>{' '}
                    {c.isDemo && <Badge tone="amber">{tc('demo')}</Badge>}
                  </td>
                  <td className="py-2 pr-4">
                    <Link href={{ pathname: '/territories/[region]', params: { region: c.regionId } }}>
                      {locale === 'en' ? c.region.nameEn : c.region.nameIt}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{locale === 'en' ? c.sectorEn : c.sectorIt}</td>
                  <td className="py-2 text-sm break-all text-muted">{c.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <JoinSteps id="how-h">
        <p className="mt-4">
          <Link
            href="/network/join"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white"
          >
            {t('joinCta')}
          </Link>
        </p>
      </JoinSteps>
    </div>
  )
}
