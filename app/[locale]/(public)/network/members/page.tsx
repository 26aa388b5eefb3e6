import type { Metadata } from 'next'
import { FilterPanel } from '@/components/filter-panel'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { CREDENTIALS, listRegister } from '@/server/network/queries'
import { listClusters } from '@/server/territories/queries'
import { COMMITMENTS, ORGANISATION_TYPES } from '@/lib/validations/network'
import { REGIONS, regionName } from '@/lib/territory'
import { localised } from '@/lib/localised'
import { Button } from '@/components/ui/button'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'network' })
  return { title: t('registerTitle'), description: t('registerLead') }
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined)

/** The public register of member organisations, filterable by type, region, cluster and commitment. */
export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const sp = await searchParams
  const clusters = await listClusters()
  const filter = {
    type: ORGANISATION_TYPES.find((x) => x === one(sp.type)),
    regionId: REGIONS.find((r) => r.id === one(sp.region))?.id,
    clusterId: clusters.find((c) => c.id === one(sp.cluster))?.id,
    commitment: COMMITMENTS.find((c) => c === one(sp.commitment)),
    credential: CREDENTIALS.find((c) => c === one(sp.credential)),
  }
  const [t, tc, format, rows] = await Promise.all([
    getTranslations('network'),
    getTranslations('network.profile'),
    getFormatter(),
    listRegister(filter),
  ])
  const select = (id: string, name: string, label: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className="mt-1 max-w-56 rounded-md border border-gray-500 px-2 py-1">
        <option value="">{t('all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <div className="max-w-5xl">
      <Breadcrumbs items={[{ section: 'network' }, { label: t('registerTitle') }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('registerTitle')}</h1>
      <p className="mt-2">{t('registerLead')}</p>
      <FilterPanel active={Object.values(filter).filter(Boolean).length}>
        <form
          key={JSON.stringify(filter)}
          method="get"
          role="search"
          aria-label={t('filters')}
          className="mt-6 flex flex-wrap items-end gap-3"
        >
          {select(
            'rg-type',
            'type',
            t('form.orgType'),
            filter.type,
            ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) })),
          )}
          {select(
            'rg-region',
            'region',
            t('form.region'),
            filter.regionId,
            REGIONS.map((r) => ({ value: r.id, label: localised(r, 'name', locale) })),
          )}
          {select(
            'rg-cluster',
            'cluster',
            t('cluster'),
            filter.clusterId,
            clusters.map((c) => ({ value: c.id, label: localised(c, 'name', locale) })),
          )}
          {select(
            'rg-commitment',
            'commitment',
            t('commitment'),
            filter.commitment,
            COMMITMENTS.map((n) => ({ value: n, label: t('commitmentN', { n }) })),
          )}
          {select(
            'rg-credential',
            'credential',
            tc('credentials'),
            filter.credential,
            CREDENTIALS.map((c) => ({ value: c, label: tc(`credential.${c}`) })),
          )}
          <Button type="submit" variant="secondary" size="sm">
            {t('filter')}
          </Button>
        </form>
      </FilterPanel>
      <p className="mt-4 text-sm" role="status">
        {t('registerCount', { count: rows.length })}
      </p>
      <ul className="mt-3 space-y-3" data-testid="register">
        {rows.map((o) => (
          <li key={o.id} className="rounded-lg border border-gray-200 p-4">
            <h2 className="text-lg font-semibold">
              <Link href={{ pathname: '/network/members/[slug]', params: { slug: o.slug } }}>{o.name}</Link>
            </h2>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <Badge>{t(`types.${o.type}`)}</Badge>
              {o.withdrawnAt && <Badge tone="amber">{t('withdrawnBadge')}</Badge>}
              {CREDENTIALS.filter((c) => (c === 'emas' ? !!o.emasNumber : o[c])).map((c) => (
                <Badge key={c} tone="green">
                  {tc(`credential.${c}`)}
                </Badge>
              ))}
              <span>
                {[o.regionId ? regionName(o.regionId, locale) : null, o.province, ...o.clusters.map((c) => localised(c, 'name', locale))]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </p>
            <p className="mt-1 text-sm">
              {t('adheredOn', { date: format.dateTime(o.adheredAt!, { day: 'numeric', month: 'long', year: 'numeric' }) })} ·{' '}
              <span data-testid="commitments">{t('commitmentsList', { list: o.commitments.join(', ') })}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
}
