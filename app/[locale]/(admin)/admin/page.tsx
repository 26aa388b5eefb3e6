import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { requirePageUser } from '@/server/auth/guard'
import { adminCounts } from '@/server/admin/queries'
import { canAdminister } from '@/lib/policies'
import type { Locale } from '@/i18n/routing'
import { forbidden } from 'next/navigation'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'admin' })
  return { title: t('title'), robots: { index: false } }
}

export default async function AdminPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/admin')
  if (!canAdminister(user)) forbidden()
  const [t, counts] = await Promise.all([getTranslations('admin'), adminCounts()])
  return (
    <div>
      <Breadcrumbs items={[{ label: t('title') }]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 mb-6">{t('lead')}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        <li className="rounded-lg border border-gray-200 p-5">
          <h2 className="text-xl font-semibold">
            <Link href="/admin/users">{t('users')}</Link>
          </h2>
          <p className="mt-1 text-muted">{t('usersCount', { count: counts.users, suspended: counts.suspended })}</p>
        </li>
        <li className="rounded-lg border border-gray-200 p-5">
          <h2 className="text-xl font-semibold">
            <Link href="/admin/adhesions">{t('adhesions')}</Link>
          </h2>
          <p className="mt-1 text-muted">{t('adhesionsLead')}</p>
        </li>
        <li className="rounded-lg border border-gray-200 p-5">
          <h2 className="text-xl font-semibold">
            <Link href="/admin/outbox">{t('outbox')}</Link>
          </h2>
          <p className="mt-1 text-muted">{t('outboxCount', { count: counts.mails })}</p>
        </li>
        <li className="rounded-lg border border-gray-200 p-5">
          <h2 className="text-xl font-semibold">
            <Link href="/admin/audit">{t('audit.title')}</Link>
          </h2>
          <p className="mt-1 text-muted">{t('auditCard')}</p>
        </li>
      </ul>
    </div>
  )
}
