import type { Metadata } from 'next'
import { forbidden, notFound } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { requirePageUser } from '@/server/auth/guard'
import { getOrganisationDashboard } from '@/server/network/queries'
import { canActForOrganisation } from '@/lib/policies'
import { PendingMembers } from '@/app/[locale]/(public)/network/_components/pending-members'
import { ProfileForm } from './_components/profile-form'
import { Panel } from '@/components/ui/panel'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'network.dashboard' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * The organisation's own page for its contact person (and admins): who asks to be confirmed, its meetings, practices
 * and discussions, and its public profile.
 */
export default async function OrganisationDashboard({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, { pathname: '/network/members/[slug]/manage', params: { slug } })
  const o = await getOrganisationDashboard(slug)
  if (!o) notFound()
  if (!canActForOrganisation(user, o)) forbidden()
  const [t, tn, tp, format] = await Promise.all([
    getTranslations('network.dashboard'),
    getTranslations('network'),
    getTranslations('practices'),
    getFormatter(),
  ])
  const day = (d: Date) => format.dateTime(d, { day: 'numeric', month: 'short', year: 'numeric' })
  return (
    <div className="max-w-4xl">
      <Breadcrumbs
        items={[
          { section: 'network' },
          { label: tn('registerTitle'), href: '/network/members' },
          { label: o.name, href: { pathname: '/network/members/[slug]', params: { slug } } },
          { label: t('title') },
        ]}
      />
      <h1 className="text-3xl font-bold text-brand-800">{t('heading', { name: o.name })}</h1>
      <p className="mt-2">
        <Link href={{ pathname: '/network/members/[slug]', params: { slug } }}>{t('publicPage')}</Link>
      </p>

      <div className="mt-6 grid gap-6">
        <Panel id="pending-h" title={t('pending', { count: o.pending.length })} testId="dashboard-pending">
          <PendingMembers
            organisationId={o.id}
            pending={o.pending.map((p) => ({ ...p, asked: t('askedOn', { date: day(p.createdAt) }) }))}
            empty={tn('org.noPending')}
          />
          <p className="mt-3 text-sm">{t('confirmedCount', { count: o.confirmedCount })}</p>
        </Panel>

        <div className="grid gap-6 md:grid-cols-3">
          <Panel id="dm-h" title={t('meetings')} size="lg">
            {o.events.length === 0 ? (
              <p className="mt-1 text-sm text-muted">{t('none')}</p>
            ) : (
              <ul className="mt-1 space-y-2 text-sm" data-testid="dashboard-meetings">
                {o.events.map((e) => (
                  <li key={e.id}>
                    <Link href={{ pathname: '/events/[id]', params: { id: e.id } }}>{e.title}</Link>
                    <br />
                    <span className="text-muted">
                      {day(e.startsAt)} · {t('attendees', { count: e.confirmedCount + e.onlineConfirmedCount })}
                      {e.status === 'CANCELLED' && ` · ${t('cancelled')}`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-sm">
              <Link href={{ pathname: '/events', query: { org: o.id } }}>{t('allMeetings')}</Link>
            </p>
          </Panel>
          <Panel id="dp-h" title={t('practices')} size="lg">
            {o.practices.length === 0 ? (
              <p className="mt-1 text-sm text-muted">{t('none')}</p>
            ) : (
              <ul className="mt-1 space-y-2 text-sm" data-testid="dashboard-practices">
                {o.practices.map((p) => (
                  <li key={p.id}>
                    {p.status === 'PUBLISHED' ? (
                      <Link href={{ pathname: '/practices/[id]', params: { id: p.id } }}>{p.title}</Link>
                    ) : (
                      p.title
                    )}
                    <br />
                    <span className="text-muted">{tp(`status.${p.status}`)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          <Panel id="dt-h" title={t('discussions')} size="lg">
            {o.threads.length === 0 ? (
              <p className="mt-1 text-sm text-muted">{t('none')}</p>
            ) : (
              <ul className="mt-1 space-y-2 text-sm" data-testid="dashboard-threads">
                {o.threads.map((th) => (
                  <li key={th.id}>
                    <Link href={{ pathname: '/forum/t/[id]', params: { id: th.id } }}>{th.title}</Link>
                    <br />
                    <span className="text-muted">{t('replies', { count: Math.max(0, th.postCount - 1) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>

        <Panel id="profile-h" title={t('profile')}>
          <div className="mt-3">
            <ProfileForm
              organisationId={o.id}
              initial={{
                description: o.description ?? '',
                website: o.website ?? '',
                publicEmail: o.publicEmail ?? '',
                address: o.address ?? '',
                emasNumber: o.emasNumber ?? '',
                emasSince: o.emasSince ? o.emasSince.toISOString().slice(0, 10) : '',
                iso14001: o.iso14001,
                apo: o.apo,
                apea: o.apea,
                hasLogo: !!o.logoUpdatedAt,
              }}
            />
          </div>
        </Panel>
      </div>
    </div>
  )
}
