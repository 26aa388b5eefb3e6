import type { Metadata } from 'next'
import { FilterPanel } from '@/components/filter-panel'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link, getPathname } from '@/i18n/navigation'
import { Badge } from '@/components/ui/badge'
import { getAllCaseStudies, toListing } from '@/server/content/case-studies'
import { applyFilters, facetCounts, parseFilters } from '@/lib/case-studies/filter'
import { INSTRUMENTS, SCALES, SECTORS, STATUSES } from '@/lib/case-studies/schema'
import { REGIONS } from '@/lib/territory'
import type { Locale } from '@/i18n/routing'
import { yearsLabel } from '@/components/years-label'
import { localised } from '@/lib/localised'
import { Button } from '@/components/ui/button'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'caseStudies' })
  return {
    title: t('title'),
    description: t('lead'),
    alternates: {
      languages: { it: getPathname({ href: '/case-studies', locale: 'it' }), en: getPathname({ href: '/case-studies', locale: 'en' }) },
      types: { 'application/rss+xml': locale === 'en' ? '/feeds/case-studies.xml' : '/feeds/casi-studio.xml' },
    },
    openGraph: { title: t('title'), description: t('lead'), type: 'website' },
  }
}

export default async function CaseStudiesPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, ti, ts, tsc, tst] = await Promise.all([
    getTranslations('caseStudies'),
    getTranslations('instruments'),
    getTranslations('sectors'),
    getTranslations('scales'),
    getTranslations('statuses'),
  ])
  const sp = await searchParams
  const filters = parseFilters(sp)
  // Remount the form when the URL changes, so that its fields show the filters in force.
  const formKey = JSON.stringify(filters)
  const all = getAllCaseStudies().map((cs) => toListing(cs, locale))
  const results = applyFilters(all, filters)
  const counts = facetCounts(all, filters)
  const usedRegions = REGIONS.filter((r) => all.some((c) => c.regions.includes(r.id)))
  const hasFilters = FACET_KEYS.some((k) => filters[k].length > 0) || filters.q || filters.from || filters.to

  const facet = (key: (typeof FACET_KEYS)[number], legend: string, options: { value: string; label: string }[]) => (
    <fieldset className="mb-5">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <ul className="space-y-1">
        {options.map((o) => {
          const n = counts[key].get(o.value) ?? 0
          const id = `f-${key}-${o.value}`
          return (
            <li key={o.value} className="flex items-center gap-2">
              <input
                type="checkbox"
                id={id}
                name={key}
                value={o.value}
                defaultChecked={filters[key].includes(o.value)}
                className="h-4 w-4"
              />
              <label htmlFor={id} className={n === 0 ? 'text-muted' : undefined}>
                {o.label} <span className="text-sm text-muted">({n})</span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )

  return (
    <div>
      <Breadcrumbs items={[{ section: 'caseStudies' }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-lg">{t('lead')}</p>
      <p className="mt-2 text-sm">
        <a href={locale === 'en' ? '/feeds/case-studies.xml' : '/feeds/casi-studio.xml'}>{t('feed')}</a>
      </p>

      <div className="mt-8 grid gap-8 lg:grid-cols-[18rem_1fr]">
        <FilterPanel
          active={FACET_KEYS.reduce((n, k) => n + filters[k].length, 0) + (filters.q ? 1 : 0) + (filters.from || filters.to ? 1 : 0)}
        >
          <form key={formKey} method="get" aria-label={t('filters')} className="rounded-lg border border-gray-200 p-4" role="search">
            <h2 className="mb-3 text-lg font-semibold">{t('filters')}</h2>
            <div className="mb-5">
              <label htmlFor="cs-q" className="block font-semibold">
                {t('search')}
              </label>
              <input
                id="cs-q"
                type="search"
                name="q"
                defaultValue={filters.q}
                className="mt-1 w-full rounded-md border border-gray-500 px-3 py-2"
              />
            </div>
            {facet(
              'instrument',
              t('instrument'),
              INSTRUMENTS.filter((i) => all.some((c) => c.instruments.includes(i))).map((v) => ({ value: v, label: ti(v) })),
            )}
            {facet(
              'region',
              t('region'),
              usedRegions.map((r) => ({ value: r.id, label: localised(r, 'name', locale) })),
            )}
            {facet(
              'sector',
              t('sector'),
              SECTORS.filter((s) => all.some((c) => c.sector === s)).map((v) => ({ value: v, label: ts(v) })),
            )}
            {facet(
              'scale',
              t('scale'),
              SCALES.filter((s) => all.some((c) => c.scale === s)).map((v) => ({ value: v, label: tsc(v) })),
            )}
            {facet(
              'status',
              t('status'),
              STATUSES.filter((s) => all.some((c) => c.status === s)).map((v) => ({ value: v, label: tst(v) })),
            )}
            <fieldset className="mb-5">
              <legend className="mb-1 font-semibold">{t('years')}</legend>
              <div className="flex gap-2">
                <div>
                  <label htmlFor="cs-from" className="block text-sm">
                    {t('yearFrom')}
                  </label>
                  <input
                    id="cs-from"
                    name="from"
                    inputMode="numeric"
                    pattern="[0-9]{4}"
                    size={5}
                    defaultValue={filters.from}
                    className="w-20 rounded-md border border-gray-500 px-2 py-1"
                  />
                </div>
                <div>
                  <label htmlFor="cs-to" className="block text-sm">
                    {t('yearTo')}
                  </label>
                  <input
                    id="cs-to"
                    name="to"
                    inputMode="numeric"
                    pattern="[0-9]{4}"
                    size={5}
                    defaultValue={filters.to}
                    className="w-20 rounded-md border border-gray-500 px-2 py-1"
                  />
                </div>
              </div>
            </fieldset>
            <div className="mb-5">
              <label htmlFor="cs-sort" className="block font-semibold">
                {t('sort')}
              </label>
              <select
                id="cs-sort"
                name="sort"
                defaultValue={filters.sort}
                className="mt-1 w-full rounded-md border border-gray-500 px-2 py-1"
              >
                <option value="newest">{t('sortNewest')}</option>
                <option value="oldest">{t('sortOldest')}</option>
                <option value="title">{t('sortTitle')}</option>
              </select>
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit">{t('apply')}</Button>
              {hasFilters && <Link href="/case-studies">{t('reset')}</Link>}
            </div>
          </form>
        </FilterPanel>

        <section aria-labelledby="cs-results">
          <h2 id="cs-results" className="mb-4 text-xl font-semibold" aria-live="polite">
            {t('results', { count: results.length })}
          </h2>
          {results.length === 0 ? (
            <p>{t('noResults')}</p>
          ) : (
            <ul className="space-y-4" data-testid="case-study-results">
              {results.map((c) => (
                <li key={c.slug}>
                  <article className="rounded-lg border border-gray-200 p-4">
                    <h3 className="text-lg font-semibold">
                      <Link href={{ pathname: '/case-studies/[slug]', params: { slug: c.slug } }}>{c.title}</Link>
                    </h3>
                    <p className="mt-1 text-sm text-muted">
                      {c.territory} · {yearsLabel(t, c.years, c.status)} · <span data-testid="case-status">{tst(c.status)}</span>
                    </p>
                    <p className="mt-2">{c.summary}</p>
                    <ul className="mt-2 flex flex-wrap gap-1" aria-label={t('instruments')}>
                      {c.instruments.map((i) => (
                        <li key={i}>
                          <Badge tone="green">{ti(i)}</Badge>
                        </li>
                      ))}
                    </ul>
                  </article>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  )
}

const FACET_KEYS = ['instrument', 'region', 'sector', 'scale', 'status'] as const
