import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { requirePageUser } from '@/server/auth/guard'
import { listAdhesions } from '@/server/network/queries'
import { canAdminister } from '@/lib/policies'
import { forbidden } from 'next/navigation'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'admin' })
  return { title: t('adhesions'), robots: { index: false } }
}

export default async function AdhesionsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/admin/adhesions')
  if (!canAdminister(user)) forbidden()
  const [t, tn, format, { open, decided }] = await Promise.all([
    getTranslations('admin'),
    getTranslations('network'),
    getFormatter(),
    listAdhesions(),
  ])
  const list = (rows: typeof open, testId: string) => (
    <ul className="mt-2 divide-y divide-gray-200 border-y border-gray-200" data-testid={testId}>
      {rows.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>
            <Link href={{ pathname: '/admin/adhesions/[id]', params: { id: a.id } }}>{a.orgName}</Link>
            <span className="ml-2 text-sm text-muted">
              {a.applicant.name} · {format.relativeTime(a.createdAt)}
            </span>
          </span>
          <Badge tone={a.status === 'APPROVED' ? 'green' : a.status === 'SUBMITTED' ? 'gray' : 'amber'}>{tn(`status.${a.status}`)}</Badge>
        </li>
      ))}
    </ul>
  )
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ admin: true }, { label: t('adhesions') }]} />
      <h1 className="text-3xl font-bold">{t('adhesions')}</h1>
      <h2 className="mt-6 text-xl font-semibold">{t('adhesionsOpen')}</h2>
      {open.length === 0 ? <p className="mt-2">{t('adhesionsNone')}</p> : list(open, 'adhesions-open')}
      <h2 className="mt-8 text-xl font-semibold">{t('adhesionsDecided')}</h2>
      {decided.length === 0 ? <p className="mt-2">{t('adhesionsNone')}</p> : list(decided, 'adhesions-decided')}
    </div>
  )
}
