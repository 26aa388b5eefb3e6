import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { getPublicProfile } from '@/server/accounts/queries'

type Props = { params: Promise<{ locale: Locale; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const u = await getPublicProfile(handle)
  return u ? { title: u.name, robots: { index: false } } : {}
}

/** A member's public profile: name, and — if they chose so — their organisations and role; their public contributions. */
export default async function PersonPage({ params }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const u = await getPublicProfile(handle)
  if (!u) notFound()
  const [t, tr, format] = await Promise.all([getTranslations('people'), getTranslations('roles'), getFormatter()])
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ label: u.name }]} />
      <h1 className="text-3xl font-bold text-brand-800">{u.name}</h1>
      <p className="mt-1 text-muted">
        @{handle} · {t('since', { date: format.dateTime(u.createdAt, { month: 'long', year: 'numeric' }) })}
      </p>
      {u.profilePublic ? (
        <dl className="mt-4 space-y-1" data-testid="person-details">
          <div>
            <dt className="inline font-medium">{t('role')}: </dt>
            <dd className="inline">{tr(u.role)}</dd>
          </div>
          <div>
            <dt className="inline font-medium">{t('organisations')}: </dt>
            <dd className="inline">
              {u.memberships.length === 0
                ? t('none')
                : u.memberships.map((m, i) => (
                    <span key={m.organisation.slug}>
                      {i > 0 && ', '}
                      <Link href={{ pathname: '/network/members/[slug]', params: { slug: m.organisation.slug } }}>
                        {m.organisation.name}
                      </Link>
                    </span>
                  ))}
            </dd>
          </div>
        </dl>
      ) : (
        <p className="mt-4 text-sm text-muted">{t('private')}</p>
      )}
      <section aria-labelledby="pt-h" className="mt-8">
        <h2 id="pt-h" className="text-xl font-semibold">
          {t('threads')}
        </h2>
        {u.threads.length === 0 ? (
          <p className="mt-1 text-sm text-muted">{t('none')}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {u.threads.map((x) => (
              <li key={x.id}>
                <Link href={{ pathname: '/forum/t/[id]', params: { id: x.id } }}>{x.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="pp-h" className="mt-6">
        <h2 id="pp-h" className="text-xl font-semibold">
          {t('practices')}
        </h2>
        {u.practices.length === 0 ? (
          <p className="mt-1 text-sm text-muted">{t('none')}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {u.practices.map((x) => (
              <li key={x.id}>
                <Link href={{ pathname: '/practices/[id]', params: { id: x.id } }}>{x.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
