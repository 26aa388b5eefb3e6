import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { linkToken, TokenPage, type TokenSearchParams } from '@/components/token-page'
import { ConfirmEmailForm } from './_components/confirm-form'

type Props = { params: Promise<{ locale: Locale }>; searchParams: TokenSearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('confirmEmailTitle'), robots: { index: false } }
}

export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, token] = await Promise.all([getTranslations('auth'), linkToken(searchParams)])
  return <TokenPage title={t('confirmEmailTitle')} lead={t('confirmEmailLead')} form={token && <ConfirmEmailForm token={token} />} />
}
