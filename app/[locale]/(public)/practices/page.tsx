import type { Metadata } from 'next'
import { FilterPanel } from '@/components/filter-panel'
import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Theme } from '@/lib/practices'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { MemberOnly } from '@/components/member-only'
import { countPractices, listPractices, type PracticeFilter, type PracticeSort } from '@/server/practices/queries'
import { listClusters } from '@/server/territories/queries'
import { INSTRUMENTS, SECTORS, THEMES } from '@/lib/practices'
import { REGIONS, regionName } from '@/lib/territory'
import { localised } from '@/lib/localised'
import { feedPath } from '@/lib/paths'
import { Button } from '@/components/ui/button'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'practices' })
  return { title: t('title'), description: t('lead'), alternates: { types: { 'application/atom+xml': feedPath('practices', locale) } } }
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined)
const pick = <T extends string>(list: readonly T[], v: string | undefined) => list.find((x) => x === v)

export default async function PracticesPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <PracticesView locale={locale} sp={await searchParams} />
}

/**
 * The list of good practices, the same for everyone: rendered per request when filtered or paged, and from the page
 * cache without a query (app/[locale]/(public)/anon/practices, where proxy.ts sends it). The member's links are islands.
 */
async function PracticesView({ locale, sp }: { locale: Locale; sp: Record<string, string | string[] | undefined> }) {
  const clusters = await listClusters()
  const filter: PracticeFilter = {
    instrument: pick(INSTRUMENTS, one(sp.instrument)),
    theme: pick(THEMES, one(sp.theme)),
    sector: pick(SECTORS, one(sp.sector)),
    regionId: REGIONS.find((r) => r.id === one(sp.region))?.id,
    clusterId: clusters.find((c) => c.id === one(sp.cluster))?.id,
    q: (one(sp.q) ?? '').slice(0, 100) || undefined,
  }
  const sort: PracticeSort = sp.sort === 'useful' ? 'useful' : 'newest'
  const cursor = one(sp.after)?.slice(0, 80)
  const [t, format, page, total] = await Promise.all([
    getTranslations('practices'),
    getFormatter(),
    listPractices(filter, sort, cursor),
    countPractices(filter),
  ])
  const query = Object.fromEntries(
    Object.entries({
      instrument: filter.instrument,
      theme: filter.theme,
      sector: filter.sector,
      region: filter.regionId,
      cluster: filter.clusterId,
      q: filter.q,
      sort: sort === 'useful' ? 'useful' : undefined,
    }).filter(([, v]) => v),
  ) as Record<string, string>
  const select = (
    id: string,
    name: string,
    label: string,
    all: string,
    value: string | undefined,
    options: { value: string; label: string }[],
  ) => (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className="mt-1 max-w-52 rounded-md border border-gray-500 px-2 py-1">
        <option value="">{all}</option>
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
      <Breadcrumbs items={[{ section: 'practices' }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
          <p className="mt-2 max-w-3xl text-lg">{t('lead')}</p>
        </div>
        <p className="flex flex-wrap gap-4">
          <MemberOnly policy="reviewPractice">
            <Link href="/practices/review">{t('review.queue')}</Link>
          </MemberOnly>
          <MemberOnly>
            <Link href="/practices/mine">{t('mine')}</Link>
          </MemberOnly>
          <Link
            href="/practices/new"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white"
          >
            {t('new')}
          </Link>
        </p>
      </div>
      <FilterPanel active={Object.keys(query).filter((k) => k !== 'sort').length}>
        <form
          key={JSON.stringify(query)}
          method="get"
          role="search"
          aria-label={t('filters')}
          className="mt-6 flex flex-wrap items-end gap-3"
        >
          <div>
            <label htmlFor="pr-q" className="block text-sm font-medium">
              {t('search')}
            </label>
            <input id="pr-q" name="q" type="search" defaultValue={filter.q} className="mt-1 rounded-md border border-gray-500 px-2 py-1" />
          </div>
          {select(
            'pr-instrument',
            'instrument',
            t('form.instruments'),
            t('all'),
            filter.instrument,
            INSTRUMENTS.map((v) => ({ value: v, label: t(`instrument.${v}`) })),
          )}
          {select(
            'pr-theme',
            'theme',
            t('form.theme'),
            t('all'),
            filter.theme,
            THEMES.map((v) => ({ value: v, label: t(`theme.${v}`) })),
          )}
          {select(
            'pr-sector',
            'sector',
            t('form.sector'),
            t('all'),
            filter.sector,
            SECTORS.map((v) => ({ value: v, label: t(`sector.${v}`) })),
          )}
          {select(
            'pr-region',
            'region',
            t('form.region'),
            t('all'),
            filter.regionId,
            REGIONS.map((r) => ({ value: r.id, label: localised(r, 'name', locale) })),
          )}
          {select(
            'pr-cluster',
            'cluster',
            t('form.cluster'),
            t('all'),
            filter.clusterId,
            clusters.map((c) => ({ value: c.id, label: localised(c, 'name', locale) })),
          )}
          {select('pr-sort', 'sort', t('sort'), t('sortNewest'), sort === 'useful' ? 'useful' : undefined, [
            { value: 'useful', label: t('sortUseful') },
          ])}
          <Button type="submit" variant="secondary" size="sm">
            {t('filter')}
          </Button>
        </form>
      </FilterPanel>
      <p className="mt-4 text-sm" role="status">
        {t('count', { count: total })}
      </p>
      {page.items.length === 0 ? (
        <p className="mt-4">{t('none')}</p>
      ) : (
        <ul className="mt-4 space-y-4" data-testid="practice-list">
          {page.items.map((p) => (
            <li key={p.id}>
              <article className="rounded-lg border border-gray-200 p-4">
                <p className="flex flex-wrap gap-2 text-sm">
                  {p.instruments.map((i) => (
                    <Badge key={i} tone="green">
                      {t(`instrument.${i}`)}
                    </Badge>
                  ))}
                  {p.theme && <Badge>{t(`theme.${p.theme as Theme}`)}</Badge>}
                </p>
                <h2 className="mt-1 text-xl font-semibold">
                  <Link href={{ pathname: '/practices/[id]', params: { id: p.id } }}>{p.title}</Link>
                </h2>
                <p className="mt-1">{p.summary}</p>
                <p className="mt-2 text-sm text-muted">
                  {[
                    p.author.name,
                    p.organisation?.name,
                    p.regionId ? regionName(p.regionId, locale) : null,
                    p.cluster ? localised(p.cluster, 'name', locale) : null,
                    p.publishedAt ? format.dateTime(p.publishedAt, { day: 'numeric', month: 'short', year: 'numeric' }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {' · '}
                  {t('usefulCount', { count: p.usefulCount })}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 flex gap-4">
        {cursor && <Link href={{ pathname: '/practices', query }}>{t('firstPage')}</Link>}
        {page.next && <Link href={{ pathname: '/practices', query: { ...query, after: page.next } }}>{t('nextPage')}</Link>}
      </p>
    </div>
  )
}
