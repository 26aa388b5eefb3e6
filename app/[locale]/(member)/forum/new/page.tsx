import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { requirePageUser } from '@/server/auth/guard'
import { listCategories } from '@/server/forum/queries'
import { linkChoices } from '@/server/choices'
import { listEventChoices } from '@/server/events/queries'
import { NewThreadForm } from '../_components/new-thread-form'
import { localised } from '@/lib/localised'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'forum' })
  return { title: t('newThread'), robots: { index: false } }
}

export default async function NewThreadPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  await requirePageUser(locale, '/forum/new')
  const sp = await searchParams
  const [t, categories, links, events] = await Promise.all([
    getTranslations('forum'),
    listCategories(),
    linkChoices(locale),
    listEventChoices(),
  ])
  return (
    <div>
      <Breadcrumbs items={[{ section: 'forum' }, { label: t('newThread') }]} />
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('newThread')}</h1>
      <NewThreadForm
        categories={categories.map((c) => ({ value: c.id, label: localised(c, 'name', locale) }))}
        caseStudies={links.caseStudies}
        clusters={links.clusters}
        events={events.map((e) => ({ value: e.id, label: e.title }))}
        defaultEvent={typeof sp.event === 'string' ? sp.event : undefined}
        defaultCategory={typeof sp.category === 'string' ? sp.category : undefined}
        defaultCaseStudy={typeof sp.caseStudy === 'string' ? sp.caseStudy : undefined}
      />
    </div>
  )
}
