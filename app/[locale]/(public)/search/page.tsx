import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { searchForum } from '@/server/forum/search'
import { markParts, searchTerms } from '@/lib/search-terms'
import { getAllCaseStudies, toListing } from '@/server/content/case-studies'
import { applyFilters, parseFilters } from '@/lib/case-studies/filter'
import { searchSchema } from '@/lib/validations/forum'
import { Button } from '@/components/ui/button'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'search' })
  return { title: t('title'), robots: { index: false } }
}

function Marked({ text, q }: { text: string; q: string }) {
  return (
    <>
      {markParts(text, searchTerms(q)).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  )
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { q } = searchSchema.parse({ q: (await searchParams).q })
  const t = await getTranslations('search')
  const tf = await getTranslations('forum')
  const active = q.length >= 2
  const [threads, cases] = active
    ? [
        await searchForum(q),
        applyFilters(
          getAllCaseStudies().map((c) => toListing(c, locale)),
          { ...parseFilters({}), q },
        ),
      ]
    : [[], []]
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ label: t('title') }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <form role="search" className="mt-4 flex flex-wrap items-end gap-2">
        <div className="flex-1">
          <label htmlFor="search-q" className="block font-medium">
            {t('label')}
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q}
            className="mt-1 w-full rounded-md border border-gray-500 px-3 py-2"
          />
        </div>
        <Button type="submit">{t('submit')}</Button>
      </form>
      {!active ? (
        <p className="mt-4 text-muted">{t('hint')}</p>
      ) : threads.length + cases.length === 0 ? (
        <p className="mt-6">{t('none', { q })}</p>
      ) : (
        <>
          <section aria-labelledby="sr-threads" className="mt-8">
            <h2 id="sr-threads" className="text-xl font-semibold">
              {t('threads')} ({threads.length})
            </h2>
            <ul className="mt-2 space-y-3" data-testid="search-threads">
              {threads.map((h) => (
                <li key={h.threadId}>
                  <Link
                    href={{ pathname: '/forum/t/[id]', params: { id: h.threadId }, hash: `post-${h.number}` }}
                    className="font-semibold"
                  >
                    <Marked text={h.title} q={q} />
                  </Link>
                  <p className="text-sm">
                    {tf('post', { number: h.number })}: <Marked text={h.excerpt} q={q} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="sr-cases" className="mt-8">
            <h2 id="sr-cases" className="text-xl font-semibold">
              {t('caseStudies')} ({cases.length})
            </h2>
            <ul className="mt-2 space-y-3">
              {cases.map((c) => (
                <li key={c.slug}>
                  <Link href={{ pathname: '/case-studies/[slug]', params: { slug: c.slug } }} className="font-semibold">
                    <Marked text={c.title} q={q} />
                  </Link>
                  <p className="text-sm">
                    <Marked text={c.summary} q={q} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  )
}
