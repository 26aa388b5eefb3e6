import type { Metadata } from 'next'
import { notificationHref } from '@/lib/notification-mail'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { requirePageUser } from '@/server/auth/guard'
import { listNotifications } from '@/server/notifications/queries'
import { MarkAllRead } from './_components/mark-read'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'notifications' })
  return { title: t('title'), robots: { index: false } }
}

export default async function NotificationsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/notifications')
  const [t, format, items] = await Promise.all([getTranslations('notifications'), getFormatter(), listNotifications(user.id)])
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ label: t('title') }]} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
        {items.some((n) => !n.readAt && !n.resolvedAt) && <MarkAllRead />}
      </div>
      {items.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ul className="mt-6 divide-y divide-gray-200 border-y border-gray-200" data-testid="notifications">
          {items.map((n) => {
            // Who did it: one name, or the newest and how many others (a grouped line).
            const [first] = n.actors
            const actor = first ? (n.actors.length > 1 ? t('others', { name: first, count: n.actors.length - 1 }) : first) : '_'
            const label = t(`kinds.${n.kind}`, { text: n.text, actor })
            const href = notificationHref(n)
            const unread = !n.readAt && !n.resolvedAt
            return (
              <li key={n.id} className={`py-3 ${unread ? 'font-semibold' : ''}`}>
                {href ? <Link href={href}>{label}</Link> : label}
                {n.count > 1 && <span className="ml-2 text-sm font-normal text-muted">({n.count})</span>}
                {unread && <span className="ml-2 rounded bg-blue-700 px-1.5 text-xs text-white">{t('unread')}</span>}
                {n.resolvedAt && (
                  <span className="ml-2 rounded border border-line px-1.5 text-xs font-normal text-muted">{t('resolved')}</span>
                )}
                <p className="text-sm font-normal text-muted">{format.relativeTime(n.createdAt)}</p>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
