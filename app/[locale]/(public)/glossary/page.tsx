import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { getPathname } from '@/i18n/navigation'
import { routing, type Locale } from '@/i18n/routing'
import { GLOSSARY } from '@/lib/glossary'

type Props = { params: Promise<{ locale: Locale }> }

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'glossary' })
  return {
    title: t('title'),
    description: t('lead'),
    alternates: {
      languages: { it: getPathname({ href: '/glossary', locale: 'it' }), en: getPathname({ href: '/glossary', locale: 'en' }) },
    },
  }
}

export default async function GlossaryPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('glossary')
  const other = locale === 'it' ? 'en' : 'it'
  const terms = [...GLOSSARY].sort((a, b) => a.term[locale].localeCompare(b.term[locale], locale))
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ section: 'glossary' }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="mt-2 text-lg">{t('lead')}</p>
      <nav aria-labelledby="glossary-index" className="mt-6">
        <h2 id="glossary-index" className="sr-only">
          {t('contents')}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {terms.map((g) => (
            <li key={g.id}>
              <a href={`#${g.id}`}>{g.term[locale]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="mt-8 space-y-6">
        {terms.map((g) => (
          <div
            key={g.id}
            id={g.id}
            className="scroll-mt-4 rounded-lg border border-gray-200 p-4 target:border-brand-600 target:bg-brand-50"
          >
            <dt className="text-xl font-semibold">{g.term[locale]}</dt>
            <dd className="mt-2">
              <p>{g.definition[locale]}</p>
              <p className="mt-2 text-sm text-muted">
                {t(other === 'en' ? 'english' : 'italian')}: <span lang={other}>{g.term[other]}</span>
              </p>
              {g.source && (
                <p className="mt-1 text-sm">
                  {t('source')}:{' '}
                  <a href={g.source.url} hrefLang="it">
                    {g.source.title}
                  </a>
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
