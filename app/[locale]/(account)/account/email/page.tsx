import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { requirePageUser } from '@/server/auth/guard'
import { preferencesOf } from '@/server/notifications/queries'
import { PreferencesForm } from './_components/preferences-form'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'preferences' })
  return { title: t('title'), robots: { index: false } }
}

/** Which notifications arrive by e-mail, and when: at once, in the daily or weekly digest, or not at all. */
export default async function EmailPreferencesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/account/email')
  const [t, ta, prefs] = await Promise.all([getTranslations('preferences'), getTranslations('account'), preferencesOf(user.id)])
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ label: ta('title'), href: '/account' }, { label: t('title') }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="mt-2 mb-6">{t('lead')}</p>
      <PreferencesForm initial={prefs} />
    </div>
  )
}
