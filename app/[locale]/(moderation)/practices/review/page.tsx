import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { requirePageUser } from '@/server/auth/guard'
import { listReviewQueue } from '@/server/practices/queries'
import { canReviewPractice } from '@/lib/policies'
import { forbidden } from 'next/navigation'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'practices.review' })
  return { title: t('queue'), robots: { index: false } }
}

export default async function ReviewQueuePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/practices/review')
  if (!canReviewPractice(user)) forbidden()
  const [t, format, items] = await Promise.all([getTranslations('practices.review'), getFormatter(), listReviewQueue()])
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ section: 'practices' }, { label: t('queue') }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('queue')}</h1>
      <p className="mt-2">{t('queueLead')}</p>
      {items.length === 0 ? (
        <p className="mt-6">{t('queueEmpty')}</p>
      ) : (
        <ul className="mt-6 divide-y divide-gray-200 border-y border-gray-200" data-testid="review-queue">
          {items.map((p) => (
            <li key={p.id} className="py-3">
              <Link href={{ pathname: '/practices/[id]', params: { id: p.id } }}>{p.title}</Link>
              <p className="text-sm text-muted">
                {t('queueItem', { author: p.author.name, revision: p.revision, when: format.relativeTime(p.submittedAt ?? new Date()) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
