import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Locale } from '@/i18n/routing'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { ForgotForm } from './_components/forgot-form'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('forgotTitle'), robots: { index: false } }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('auth')
  return (
    <div>
      <Breadcrumbs items={[{ label: t('forgotTitle') }]} />
      <h1 className="text-3xl font-bold">{t('forgotTitle')}</h1>
      <p className="mt-2 mb-6">{t('forgotLead')}</p>
      <ForgotForm />
    </div>
  )
}
