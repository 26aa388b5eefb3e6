import type { Metadata } from 'next'
import type { Locale } from '@/i18n/routing'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Notice } from '@/components/ui/notice'
import { ConfirmAccountForm } from './_components/confirm-form'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('confirmAccountTitle'), robots: { index: false } }
}

/** A button, not an automatic change on GET: mail scanners that open links must not confirm. */
export default async function ConfirmAccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { token } = await searchParams
  const t = await getTranslations('auth')
  const te = await getTranslations('errors')
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{t('confirmAccountTitle')}</h1>
      <p className="mt-2 mb-6">{t('confirmAccountLead')}</p>
      {typeof token === 'string' && token.length >= 20 ? (
        <ConfirmAccountForm token={token} />
      ) : (
        <Notice kind="error">{te('tokenInvalid')}</Notice>
      )}
    </div>
  )
}
