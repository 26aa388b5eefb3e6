import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { requirePageUser } from '@/server/auth/guard'
import { listOutbox } from '@/server/admin/queries'
import { canReadOutbox } from '@/lib/policies'
import type { Locale } from '@/i18n/routing'
import { forbidden } from 'next/navigation'
import { Link } from '@/i18n/navigation'
import { Badge } from '@/components/ui/badge'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'admin' })
  return { title: t('outbox'), robots: { index: false } }
}

export default async function OutboxPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/admin/outbox')
  if (!canReadOutbox(user)) forbidden()
  const failedOnly = (await searchParams).state === 'failed'
  const [t, { mails, counts }, format] = await Promise.all([getTranslations('admin'), listOutbox({ failedOnly }), getFormatter()])
  return (
    <div>
      <Breadcrumbs items={[{ admin: true }, { label: t('outbox') }]} />
      <h1 className="text-3xl font-bold">{t('outbox')}</h1>
      <p className="mt-2">{t('outboxLead')}</p>
      <p className="mt-2 mb-6 flex flex-wrap gap-x-6 gap-y-1" data-testid="mail-counts">
        <span>{t('mailQueued', { count: counts.QUEUED })}</span>
        <span>{t('mailSent', { count: counts.SENT })}</span>
        {failedOnly ? (
          <Link href="/admin/outbox">{t('mailAll')}</Link>
        ) : (
          <Link href={{ pathname: '/admin/outbox', query: { state: 'failed' } }}>{t('mailFailed', { count: counts.FAILED })}</Link>
        )}
      </p>
      {mails.length === 0 ? (
        <p>{t('outboxEmpty')}</p>
      ) : (
        <ol className="space-y-4">
          {mails.map((m) => (
            <li key={m.id}>
              <article className="rounded-lg border border-gray-200 p-4" aria-labelledby={`mail-${m.id}`}>
                <h2 id={`mail-${m.id}`} className="text-lg font-semibold">
                  {m.subject}
                </h2>
                {m.state !== 'SENT' && (
                  <p className="mt-1 text-sm" data-testid="mail-state">
                    <Badge tone={m.state === 'FAILED' ? 'amber' : 'gray'}>{t(`mailState.${m.state}`)}</Badge>{' '}
                    {t('mailAttempts', { count: m.attempts })}
                    {m.lastError && <span className="block break-all text-red-800">{m.lastError}</span>}
                  </p>
                )}
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-muted">
                  <dt>{t('to')}</dt>
                  <dd data-testid="mail-to">{m.to}</dd>
                  <dt>{t('sentAt')}</dt>
                  <dd>
                    <time dateTime={m.createdAt.toISOString()}>
                      {format.dateTime(m.createdAt, {
                        year: 'numeric',
                        month: 'short',
                        day: 'numeric',
                        hour: '2-digit',
                        minute: '2-digit',
                        hourCycle: 'h23',
                        timeZoneName: 'short',
                      })}
                    </time>
                  </dd>
                </dl>
                <pre className="mt-3 font-sans break-words whitespace-pre-wrap">{m.text}</pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
