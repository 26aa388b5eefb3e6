import type { ComponentProps } from 'react'
import type { Metadata } from 'next'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { search, COUNT_CAP, SEARCH_TYPES, type SearchHit } from '@/server/search/query'
import { listClusters } from '@/server/territories/queries'
import { firstValues, searchParamsSchema, type SearchParams } from '@/lib/validations/search'
import { REGIONS, regionName } from '@/lib/territory'
import { localised } from '@/lib/localised'
import { Button } from '@/components/ui/button'
import { SelectField } from '@/components/ui/field'
import { NETWORK_TZ } from '@/lib/dates'
import type { MarkedPart } from '@/lib/search/analyze'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'search' })
  return { title: t('title'), robots: { index: false } }
}

function Marked({ parts }: { parts: MarkedPart[] }) {
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>
}

/** The query string of this search with some keys changed (undefined removes one); paging starts again. */
function withParams(p: SearchParams, change: Partial<Record<keyof SearchParams, string | number | undefined>>) {
  const merged: Record<string, string | number | undefined> = {
    q: p.q,
    type: p.type,
    region: p.region,
    district: p.district,
    year: p.year,
    sort: p.sort === 'relevance' ? undefined : p.sort,
    ...change,
  }
  return Object.fromEntries(
    Object.entries(merged)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  )
}

function Hit({ hit, locale, date }: { hit: SearchHit; locale: Locale; date: (iso: string) => string }) {
  return (
    <li className="border-b border-gray-200 pb-3">
      <Link href={hit.href as ComponentProps<typeof Link>['href']} className="font-semibold">
        <Marked parts={hit.title} />
      </Link>
      {hit.date && hit.type !== 'glossary' && hit.type !== 'territory' ? (
        <span className="ml-2 text-sm text-muted">{date(hit.date)}</span>
      ) : null}
      {hit.excerpt.length ? (
        <p className="mt-1 text-sm break-words" lang={hit.type === 'caseStudy' && locale !== 'it' ? 'it' : undefined}>
          <Marked parts={hit.excerpt} />
        </p>
      ) : null}
    </li>
  )
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const p = searchParamsSchema.parse(firstValues(await searchParams))
  const t = await getTranslations('search')
  const format = await getFormatter()
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeZone: NETWORK_TZ })
  const active = p.q.length >= 2
  const [result, clusters] = await Promise.all([
    active
      ? search({ q: p.q, locale, type: p.type, region: p.region, district: p.district, year: p.year, sort: p.sort, cursor: p.after })
      : null,
    listClusters(),
  ])
  const total = result ? Object.values(result.counts).reduce((a, b) => a + b, 0) : 0
  const count = (n: number) => (n >= COUNT_CAP ? t('count', { count: COUNT_CAP }) : String(n))
  const thisYear = new Date().getUTCFullYear()
  const years = Array.from({ length: thisYear + 2 - 2000 }, (_, i) => thisYear + 1 - i)
  return (
    <div className="max-w-4xl">
      <Breadcrumbs items={[{ label: t('title') }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <form role="search" className="mt-4" aria-label={t('label')}>
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1 basis-56">
            <label htmlFor="search-q" className="block font-medium">
              {t('label')}
            </label>
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={p.q}
              className="mt-1 w-full rounded-md border border-gray-500 px-3 py-2"
            />
          </div>
          <Button type="submit">{t('submit')}</Button>
        </div>
        {p.type ? <input type="hidden" name="type" value={p.type} /> : null}
        <fieldset className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="sr-only">{t('filters')}</legend>
          <SelectField id="search-region" name="region" label={t('region')} defaultValue={p.region ?? ''}>
            <option value="">{t('anyRegion')}</option>
            {REGIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {regionName(r.id, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField id="search-district" name="district" label={t('district')} defaultValue={p.district ?? ''}>
            <option value="">{t('anyDistrict')}</option>
            {clusters.map((c) => (
              <option key={c.slug} value={c.slug}>
                {localised(c, 'name', locale)}
              </option>
            ))}
          </SelectField>
          <SelectField id="search-year" name="year" label={t('year')} defaultValue={p.year ? String(p.year) : ''}>
            <option value="">{t('anyYear')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
          <SelectField id="search-sort" name="sort" label={t('sort')} defaultValue={p.sort}>
            <option value="relevance">{t('relevance')}</option>
            <option value="newest">{t('newest')}</option>
          </SelectField>
        </fieldset>
        <Button type="submit" variant="secondary" className="mt-2">
          {t('apply')}
        </Button>
      </form>
      {!result ? (
        <p className="mt-4 text-muted">{t('hint')}</p>
      ) : (
        <>
          <h2 className="mt-6 text-xl font-semibold" aria-live="polite">
            {t('resultsFor', { q: p.q })}: {t('results', { count: total })}
          </h2>
          <nav aria-label={t('type')} className="mt-3">
            <ul className="flex flex-wrap gap-2" data-testid="search-types">
              <li>
                <Link
                  href={{ pathname: '/search', query: withParams(p, { type: undefined }) }}
                  aria-current={!p.type ? 'page' : undefined}
                  className={`inline-block rounded-full border px-3 py-1 text-sm no-underline ${!p.type ? 'border-brand-800 bg-brand-800 text-white' : 'border-gray-400'}`}
                >
                  {t('allTypes')} ({count(total)})
                </Link>
              </li>
              {SEARCH_TYPES.map((type) => (
                <li key={type}>
                  <Link
                    href={{ pathname: '/search', query: withParams(p, { type }) }}
                    aria-current={p.type === type ? 'page' : undefined}
                    className={`inline-block rounded-full border px-3 py-1 text-sm no-underline ${p.type === type ? 'border-brand-800 bg-brand-800 text-white' : 'border-gray-400'}`}
                  >
                    {t(`types.${type}`)} ({count(result.counts[type])})
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {total === 0 ? (
            <p className="mt-6">{t('none', { q: p.q })}</p>
          ) : p.type ? (
            <section aria-labelledby="sr-type" className="mt-6">
              <h3 id="sr-type" className="text-lg font-semibold">
                {t(`types.${p.type}`)} ({count(result.counts[p.type])})
              </h3>
              <ul className="mt-2 space-y-3" data-testid={`search-${p.type}`}>
                {result.hits.map((h) => (
                  <Hit key={h.key} hit={h} locale={locale} date={date} />
                ))}
              </ul>
              {result.next ? (
                <p className="mt-4">
                  <Link href={{ pathname: '/search', query: { ...withParams(p, {}), after: result.next } }} rel="next">
                    {t('more')}
                  </Link>
                </p>
              ) : null}
            </section>
          ) : (
            SEARCH_TYPES.filter((type) => result.counts[type] > 0).map((type) => (
              <section key={type} aria-labelledby={`sr-${type}`} className="mt-6">
                <h3 id={`sr-${type}`} className="text-lg font-semibold">
                  {t(`types.${type}`)} ({count(result.counts[type])})
                </h3>
                <ul className="mt-2 space-y-3" data-testid={`search-${type}`}>
                  {result.hits
                    .filter((h) => h.type === type)
                    .map((h) => (
                      <Hit key={h.key} hit={h} locale={locale} date={date} />
                    ))}
                </ul>
                {result.counts[type] > 3 ? (
                  <p className="mt-2">
                    <Link href={{ pathname: '/search', query: withParams(p, { type }) }}>
                      {t('seeAll', { type: t(`types.${type}`), count: count(result.counts[type]) })}
                    </Link>
                  </p>
                ) : null}
              </section>
            ))
          )}
        </>
      )}
    </div>
  )
}
