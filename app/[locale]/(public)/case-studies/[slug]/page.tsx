import { JsonLd } from '@/components/json-ld'
import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link, getPathname } from '@/i18n/navigation'
import { routing, type Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { bodyFor, getAllCaseStudies, getCaseStudy, relatedCaseStudies } from '@/server/content/case-studies'
import { renderCaseStudyBody } from '@/server/content/render-case-study'
import { readingMinutes } from '@/lib/case-studies/filter'
import { regionName } from '@/lib/territory'
import { env } from '@/server/env'
import { ogMetadata } from '@/server/og'
import { yearsLabel } from '@/components/years-label'
import { statusDateLabel } from '@/lib/case-studies/status'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  // Reading every file here makes a bad front matter fail `next build`, naming the file and the field.
  const all = getAllCaseStudies()
  return routing.locales.flatMap((locale) => all.map((cs) => ({ locale, slug: cs.slug })))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const cs = getCaseStudy(slug)
  if (!cs) return {}
  const path = (l: Locale) => getPathname({ href: { pathname: '/case-studies/[slug]', params: { slug } }, locale: l })
  return {
    title: cs.title[locale],
    description: cs.summary[locale],
    alternates: { canonical: path(locale), languages: { it: path('it'), en: path('en') } },
    openGraph: {
      title: cs.title[locale],
      description: cs.summary[locale],
      type: 'article',
      modifiedTime: cs.updated,
      ...ogMetadata('case-study', slug, locale, cs.title[locale]).openGraph,
    },
    twitter: ogMetadata('case-study', slug, locale, cs.title[locale]).twitter,
  }
}

export default async function CaseStudyPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const cs = getCaseStudy(slug)
  if (!cs) notFound()
  const [t, ti, ts, tsc, tst, to, format, body] = await Promise.all([
    getTranslations('caseStudies'),
    getTranslations('instruments'),
    getTranslations('sectors'),
    getTranslations('scales'),
    getTranslations('statuses'),
    getTranslations('orgTypes'),
    getFormatter(),
    renderCaseStudyBody(cs, locale),
  ])
  const related = relatedCaseStudies(cs)

  const text = bodyFor(cs, locale)
  const minutes = readingMinutes(text.words)
  const years = yearsLabel(t, cs.years, cs.status.value)
  const url = env().APP_URL + getPathname({ href: { pathname: '/case-studies/[slug]', params: { slug } }, locale })
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: cs.title[locale],
    description: cs.summary[locale],
    inLanguage: locale,
    dateModified: cs.updated,
    url,
    about: cs.instruments.map((i) => ti(i)),
    spatialCoverage: cs.territory[locale],
    citation: cs.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url, publisher: s.publisher })),
    publisher: { '@type': 'Organization', name: 'Rete Cartesio' },
    author: { '@type': 'Organization', name: t('publisherLabel') },
  }
  const dl = 'grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm'
  return (
    <article aria-labelledby="cs-title">
      <JsonLd data={jsonLd} />
      <Breadcrumbs items={[{ section: 'caseStudies' }, { label: cs.title[locale] }]} />
      <header className="max-w-3xl">
        <h1 id="cs-title" className="text-3xl font-bold text-brand-800">
          {cs.title[locale]}
        </h1>
        <p className="mt-3 text-lg">{cs.summary[locale]}</p>
        <p className="mt-2 text-sm text-muted">
          {t('readingTime', { minutes })} · {t('updated', { date: format.dateTime(new Date(cs.updated), { dateStyle: 'long' }) })}
        </p>
        {text.lang !== locale && <p className="mt-3 rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-900">{t('italianOnly')}</p>}
      </header>

      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0">
          <section aria-labelledby="cs-body" className="prose-cartesio prose max-w-3xl">
            <h2 id="cs-body" className="sr-only">
              {t('body')}
            </h2>
            {/* lang marks only what is really in the other language: the Italian body on an English page. */}
            <div lang={text.lang === locale ? undefined : text.lang} data-testid="case-body">
              {body}
            </div>
          </section>

          <section aria-labelledby="cs-lessons" className="mt-10 max-w-3xl">
            <h2 id="cs-lessons" className="text-2xl font-semibold">
              {t('lessons')}
            </h2>
            {cs.lessons === 'unknown' ? (
              <p className="mt-2 text-muted">{t('unknown')}</p>
            ) : (
              <ul className="mt-3 list-disc space-y-2 pl-6">
                {cs.lessons.map((l, i) => (
                  <li key={i}>{l[locale]}</li>
                ))}
              </ul>
            )}
          </section>

          {cs.disagreements.length > 0 && (
            <section aria-labelledby="cs-disagreements" className="mt-10 max-w-3xl">
              <h2 id="cs-disagreements" className="text-2xl font-semibold">
                {t('disagreements')}
              </h2>
              <ul className="mt-3 list-disc space-y-2 pl-6">
                {cs.disagreements.map((d, i) => (
                  <li key={i}>{d[locale]}</li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="cs-sources" className="mt-10 max-w-3xl">
            <h2 id="cs-sources" className="text-2xl font-semibold">
              {t('sources')}
            </h2>
            <p className="mt-1 text-sm text-muted">{t('sourcesLead')}</p>
            <ol className="mt-3 list-decimal space-y-2 pl-6" data-testid="sources">
              {cs.sources.map((s, i) => (
                <li key={s.url} id={`source-${i + 1}`} className="scroll-mt-4">
                  <a href={s.url} rel="noopener noreferrer" hrefLang="it">
                    {s.title}
                  </a>
                  <span className="text-sm text-muted">
                    {' '}
                    — {s.publisher}
                    {s.date ? `, ${s.date}` : ''}
                  </span>
                  <br />
                  <span className="text-xs break-all text-muted">{s.url}</span>
                </li>
              ))}
            </ol>
          </section>
        </div>

        <aside className="space-y-6 lg:sticky lg:top-4 lg:self-start">
          <section aria-labelledby="cs-facts" className="rounded-lg border border-gray-200 bg-gray-50 p-4">
            <h2 id="cs-facts" className="mb-3 text-lg font-semibold">
              {t('facts')}
            </h2>
            <dl className={dl}>
              <dt className="font-semibold">{t('territory')}</dt>
              <dd>
                {cs.territory[locale]}
                <br />
                {cs.regions.map((r, i) => (
                  <span key={r}>
                    {i > 0 && ', '}
                    <Link
                      href={{ pathname: '/case-studies', query: { region: r } }}
                      aria-label={t('clusterLink', { region: regionName(r, locale) })}
                    >
                      {regionName(r, locale)}
                    </Link>
                  </span>
                ))}
              </dd>
              <dt className="font-semibold">{t('sector')}</dt>
              <dd>{ts(cs.sector)}</dd>
              <dt className="font-semibold">{t('scale')}</dt>
              <dd>{tsc(cs.scale)}</dd>
              <dt className="font-semibold">{t('years')}</dt>
              <dd>{years}</dd>
              <dt className="font-semibold">{t('status')}</dt>
              <dd data-testid="case-status">
                <Link href={{ pathname: '/case-studies', query: { status: cs.status.value } }}>{tst(cs.status.value)}</Link>{' '}
                {t('statusAsOf', { date: statusDateLabel(format, cs.status.asOf) })}{' '}
                <a href={`#source-${cs.status.source}`}>[{cs.status.source}]</a>
              </dd>
              <dt className="font-semibold">{t('instruments')}</dt>
              <dd>
                <ul className="flex flex-wrap gap-1">
                  {cs.instruments.map((i) => (
                    <li key={i}>
                      <Link href={{ pathname: '/case-studies', query: { instrument: i } }} className="no-underline">
                        <Badge tone="green">{ti(i)}</Badge>
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
              <dt className="font-semibold">{t('funding')}</dt>
              <dd>
                {cs.funding === 'unknown' ? (
                  <span className="text-muted">{t('unknown')}</span>
                ) : (
                  <>
                    {cs.funding.programme}
                    {cs.funding.amount && <>; {cs.funding.amount}</>} <a href={`#source-${cs.funding.source}`}>[{cs.funding.source}]</a>
                  </>
                )}
              </dd>
              <dt className="font-semibold">{t('partners')}</dt>
              <dd>
                {cs.partners === 'unknown' ? (
                  <span className="text-muted">{t('unknown')}</span>
                ) : (
                  <ul className="space-y-1">
                    {cs.partners.map((p) => (
                      <li key={p.name}>
                        {p.name}{' '}
                        <span className="text-muted">
                          ({to(p.type)}
                          {p.role ? `, ${p.role[locale]}` : ''})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </dl>
          </section>

          {text.headings.length > 0 && (
            <nav aria-labelledby="cs-toc" className="rounded-lg border border-gray-200 p-4">
              <h2 id="cs-toc" className="mb-2 text-lg font-semibold">
                {t('contents')}
              </h2>
              <ol className="space-y-1 text-sm" lang={text.lang === locale ? undefined : text.lang}>
                {text.headings.map((h) => (
                  <li key={h.id}>
                    <a href={`#${h.id}`}>{h.text}</a>
                  </li>
                ))}
              </ol>
            </nav>
          )}

          {related.length > 0 && (
            <section aria-labelledby="cs-related" className="rounded-lg border border-gray-200 p-4">
              <h2 id="cs-related" className="mb-2 text-lg font-semibold">
                {t('related')}
              </h2>
              <ul className="space-y-2 text-sm">
                {related.map((r) => (
                  <li key={r.slug}>
                    <Link href={{ pathname: '/case-studies/[slug]', params: { slug: r.slug } }}>{r.title[locale]}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </article>
  )
}
