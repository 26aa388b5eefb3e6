import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { requirePageUser } from '@/server/auth/guard'
import { PracticeForm } from '../_components/practice-form'
import { practiceFormOptions } from '../_components/options'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'practices' })
  return { title: t('new'), robots: { index: false } }
}

export default async function NewPracticePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/practices/new')
  const [t, options] = await Promise.all([getTranslations('practices'), practiceFormOptions(locale, user)])
  return (
    <div>
      <Breadcrumbs items={[{ section: 'practices' }, { label: t('new') }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('new')}</h1>
      <p className="mt-2 mb-6 max-w-3xl">{t('newLead')}</p>
      <PracticeForm options={options} />
    </div>
  )
}
