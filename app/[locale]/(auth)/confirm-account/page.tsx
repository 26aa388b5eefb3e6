import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { linkToken, TokenPage, type TokenSearchParams } from '@/components/token-page'
import { ConfirmAccountForm } from './_components/confirm-form'

type Props = { params: Promise<{ locale: Locale }>; searchParams: TokenSearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('confirmAccountTitle'), robots: { index: false } }
}

export default async function ConfirmAccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, token] = await Promise.all([getTranslations('auth'), linkToken(searchParams)])
  return <TokenPage title={t('confirmAccountTitle')} lead={t('confirmAccountLead')} form={token && <ConfirmAccountForm token={token} />} />
}
