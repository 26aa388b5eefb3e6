import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { requirePageUser } from '@/server/auth/guard'
import { listMyPractices } from '@/server/practices/queries'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'practices' })
  return { title: t('mine'), robots: { index: false } }
}

export default async function MyPracticesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/practices/mine')
  const [t, format, items] = await Promise.all([getTranslations('practices'), getFormatter(), listMyPractices(user.id)])
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ section: 'practices' }, { label: t('mine') }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('mine')}</h1>
      <p className="mt-3">
        <Link href="/practices/new">{t('new')}</Link>
      </p>
      {items.length === 0 ? (
        <p className="mt-6">{t('mineEmpty')}</p>
      ) : (
        <ul className="mt-6 divide-y divide-gray-200 border-y border-gray-200" data-testid="my-practices">
          {items.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <span>
                <Link href={{ pathname: '/practices/[id]', params: { id: p.id } }}>{p.title}</Link>
                <span className="ml-2 text-sm text-muted">{t('updated', { when: format.relativeTime(p.updatedAt) })}</span>
              </span>
              <span className="flex items-center gap-3">
                <Badge tone={p.status === 'PUBLISHED' ? 'green' : p.status === 'RETURNED' || p.status === 'REJECTED' ? 'amber' : 'gray'}>
                  {t(`status.${p.status}`)}
                </Badge>
                {(p.status === 'DRAFT' || p.status === 'RETURNED' || p.status === 'PUBLISHED') && (
                  <Link href={{ pathname: '/practices/[id]/edit', params: { id: p.id } }} aria-label={t('editNamed', { title: p.title })}>
                    {t('editShort')}
                  </Link>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
