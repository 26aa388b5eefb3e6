import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { requirePageUser } from '@/server/auth/guard'
import { Link } from '@/i18n/navigation'
import { getAccount, listOrganisationChoices } from '@/server/accounts/queries'
import type { Locale } from '@/i18n/routing'
import { ProfileForm } from './_components/profile-form'
import { PasswordForm } from './_components/password-form'
import { EmailForm } from './_components/email-form'
import { OrganisationsPanel } from './_components/organisations-panel'
import { PrivacyPanel } from './_components/privacy-panel'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'account' })
  return { title: t('title'), robots: { index: false } }
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/account')
  const [account, choices, t, tr, format, tp] = await Promise.all([
    getAccount(user.id),
    listOrganisationChoices(),
    getTranslations('account'),
    getTranslations('roles'),
    getFormatter(),
    getTranslations('preferences'),
  ])
  if (!account) return null
  const section = 'rounded-lg border border-gray-200 p-5'
  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: t('title') }]} />
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-muted">
          {t('role')}: <strong data-testid="my-role">{tr(account.role)}</strong> ·{' '}
          {t('memberSince', { date: format.dateTime(account.createdAt, { dateStyle: 'long' }) })}
        </p>
        <p className="mt-2">
          <Link href="/account/email">{tp('link')}</Link>
        </p>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="profile-title" className={section}>
          <h2 id="profile-title" className="mb-4 text-xl font-semibold">
            {t('profile')}
          </h2>
          <ProfileForm name={account.name} locale={account.locale} profilePublic={account.profilePublic} />
          {account.handle && (
            <p className="mt-3 text-sm">
              <Link href={{ pathname: '/people/[handle]', params: { handle: account.handle } }}>{t('publicProfileLink')}</Link>
            </p>
          )}
        </section>
        <section aria-labelledby="orgs-title" className={section}>
          <h2 id="orgs-title" className="mb-4 text-xl font-semibold">
            {t('organisations')}
          </h2>
          <OrganisationsPanel memberships={account.memberships} choices={choices} />
        </section>
        <section aria-labelledby="password-title" className={section}>
          <h2 id="password-title" className="mb-4 text-xl font-semibold">
            {t('passwordTitle')}
          </h2>
          <PasswordForm email={account.email} />
        </section>
        <section aria-labelledby="email-title" className={section}>
          <h2 id="email-title" className="mb-4 text-xl font-semibold">
            {t('emailTitle')}
          </h2>
          <EmailForm email={account.email} />
        </section>
        <section aria-labelledby="privacy-title" className={section}>
          <h2 id="privacy-title" className="mb-4 text-xl font-semibold">
            {t('privacy.title')}
          </h2>
          <PrivacyPanel />
        </section>
      </div>
    </div>
  )
}
