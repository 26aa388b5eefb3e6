import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Locale } from '@/i18n/routing'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { SignInForm } from './_components/sign-in-form'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('signInTitle'), robots: { index: false } }
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const sp = await searchParams
  const t = await getTranslations('auth')
  const callbackUrl = typeof sp.callbackUrl === 'string' ? sp.callbackUrl : undefined
  const notice = sp.reset === '1' ? t('resetDone') : undefined
  return (
    <div>
      <Breadcrumbs items={[{ label: t('signInTitle') }]} />
      <h1 className="text-3xl font-bold">{t('signInTitle')}</h1>
      <p className="mt-2 mb-6">{t('signInLead')}</p>
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
      <p className="mt-6">
        {t('noAccount')} <Link href="/register">{t('submitRegister')}</Link>
      </p>
    </div>
  )
}
