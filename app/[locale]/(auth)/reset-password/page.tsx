import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Locale } from '@/i18n/routing'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { Notice } from '@/components/ui/notice'
import { ResetForm } from './_components/reset-form'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('resetTitle'), robots: { index: false } }
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { token } = await searchParams
  const t = await getTranslations('auth')
  return (
    <div>
      <Breadcrumbs items={[{ label: t('resetTitle') }]} />
      <h1 className="mb-6 text-3xl font-bold">{t('resetTitle')}</h1>
      {typeof token === 'string' && token.length >= 20 ? (
        <ResetForm token={token} />
      ) : (
        <>
          <Notice kind="error">{t('resetMissingToken')}</Notice>
          <Link href="/forgot-password">{t('forgotTitle')}</Link>
        </>
      )}
    </div>
  )
}
