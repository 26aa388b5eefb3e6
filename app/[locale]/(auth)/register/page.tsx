import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Locale } from '@/i18n/routing'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { RegisterForm } from './_components/register-form'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('registerTitle') }
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('auth')
  // Where to go after signing in (e.g. back to the adhesion form): only a path of this site is passed on.
  const sp = await searchParams
  const callbackUrl = typeof sp.callbackUrl === 'string' && /^\/(?![/\\])/.test(sp.callbackUrl) ? sp.callbackUrl : undefined
  const signIn = { pathname: '/sign-in' as const, query: callbackUrl ? { callbackUrl } : {} }
  return (
    <div>
      <Breadcrumbs items={[{ label: t('registerTitle') }]} />
      <h1 className="text-3xl font-bold">{t('registerTitle')}</h1>
      <p className="mt-2 mb-6">{t('registerLead')}</p>
      <RegisterForm callbackUrl={callbackUrl} />
      <p className="mt-6">
        {t('haveAccount')} <Link href={signIn}>{t('submitSignIn')}</Link>
      </p>
    </div>
  )
}
