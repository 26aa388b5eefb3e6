import { getLocale, getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { Badge } from '@/components/ui/badge'
import { listClusters, networkCounts } from '@/server/territories/queries'

// Reads the district list from the database on each request.
export const dynamic = 'force-dynamic'

const COMMITMENTS = ['1', '2', '3', '4', '5', '6', '7'] as const

export default async function HomePage() {
  const t = await getTranslations('home')
  const tc = await getTranslations('common')
  const locale = await getLocale()
  const en = locale === 'en'
  const [clusters, counts] = await Promise.all([listClusters(), networkCounts()])
  return (
    <div className="space-y-12">
      <section aria-labelledby="home-title" className="max-w-3xl">
        <h1 id="home-title" className="text-3xl font-bold text-brand-800 sm:text-4xl">
          {t('title')}
        </h1>
        <p className="mt-4 text-lg">{t('lead')}</p>
        <p className="mt-4">{t('intro')}</p>
        <p className="mt-2 text-sm text-muted">{t('introSource')}</p>
      </section>

      <section aria-labelledby="commitments-title">
        <h2 id="commitments-title" className="text-2xl font-semibold">
          {t('commitmentsTitle')}
        </h2>
        <p className="mt-2">{t('commitmentsLead')}</p>
        <ol className="mt-4 grid gap-4 sm:grid-cols-2">
          {COMMITMENTS.map((n) => (
            <li key={n} className="flex gap-3 rounded-lg border border-gray-200 p-4">
              <span
                className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-700 font-bold text-white"
                aria-hidden="true"
              >
                {n}
              </span>
              <span>{t(`commitments.${n}`)}</span>
            </li>
          ))}
        </ol>
        <p className="mt-2 text-sm text-muted">{t('commitmentsSource')}</p>
      </section>

      <section aria-labelledby="territory-title">
        <h2 id="territory-title" className="text-2xl font-semibold">
          {t('territoryTitle')}
        </h2>
        <p className="mt-2">{t('territoryLead')}</p>
        <p className="mt-1 text-sm text-muted">{t('counts', counts)}</p>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('territoryTable')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-4">
                  {t('cluster')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('region')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('sector')}
                </th>
                <th scope="col" className="py-2">
                  {t('source')}
                </th>
              </tr>
            </thead>
            <tbody>
              {clusters.map((c) => (
                <tr key={c.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-4 font-medium">
                    <Link href={{ pathname: '/districts/[slug]', params: { slug: c.slug } }}>{en ? c.nameEn : c.nameIt}</Link>{' '}
                    {c.isDemo && <Badge tone="amber">{tc('demo')}</Badge>}
                  </td>
                  <td className="py-2 pr-4">
                    <Link href={{ pathname: '/territories/[region]', params: { region: c.regionId } }}>
                      {en ? c.region.nameEn : c.region.nameIt}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{en ? c.sectorEn : c.sectorIt}</td>
                  <td className="py-2 text-sm text-muted">{c.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="join-title" className="rounded-lg bg-brand-50 p-6">
        <h2 id="join-title" className="text-2xl font-semibold">
          {t('joinTitle')}
        </h2>
        <p className="mt-2">{t('joinLead')}</p>
        <p className="mt-4">
          <Link
            href="/register"
            className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white"
          >
            {t('joinCta')}
          </Link>
        </p>
      </section>
    </div>
  )
}
