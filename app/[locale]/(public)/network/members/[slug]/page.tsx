import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Commitment } from '@/lib/validations/network'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { getCurrentUser } from '@/server/auth/session'
import { getOrganisationPage } from '@/server/network/queries'
import { canAdminister } from '@/lib/policies'
import { regionName } from '@/lib/territory'
import { Withdraw } from '../../_components/contact-actions'
import { PendingMembers } from '../../_components/pending-members'
import { localised } from '@/lib/localised'
import { OrgProfile, logoSrc } from '@/components/org-profile'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const o = await getOrganisationPage(slug)
  return o ? { title: o.name } : {}
}

export default async function OrganisationPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [o, user] = await Promise.all([getOrganisationPage(slug), getCurrentUser()])
  if (!o) notFound()
  const [t, th, tp, format] = await Promise.all([
    getTranslations('network'),
    getTranslations('home'),
    getTranslations('network.profile'),
    getFormatter(),
  ])
  const logo = logoSrc(o)
  const manager = !!user && (user.id === o.contactUserId || canAdminister(user))
  const date = (d: Date) => format.dateTime(d, { day: 'numeric', month: 'long', year: 'numeric' })
  const section = 'mt-8'
  return (
    <article className="max-w-4xl" aria-labelledby="org-title">
      <Breadcrumbs items={[{ section: 'network' }, { label: t('registerTitle'), href: '/network/members' }, { label: o.name }]} />
      <div className="flex flex-wrap items-center gap-4">
        {logo && (
          // eslint-disable-next-line @next/next/no-img-element -- a small image the server re-encoded; no optimiser needed
          <img
            src={logo}
            alt={tp('logoAlt', { name: o.name })}
            width={96}
            height={96}
            className="size-24 object-contain"
            data-testid="org-logo"
          />
        )}
        <h1 id="org-title" className="text-3xl font-bold text-brand-800">
          {o.name}
        </h1>
      </div>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <Badge>{t(`types.${o.type}`)}</Badge>
        {o.withdrawnAt && <Badge tone="amber">{t('withdrawnBadge')}</Badge>}
        {o.isDemo && <Badge tone="amber">demo</Badge>}
        {o.regionId && (
          <Link href={{ pathname: '/territories/[region]', params: { region: o.regionId } }}>{regionName(o.regionId, locale)}</Link>
        )}
        {o.province && (
          <span>
            <span aria-hidden="true">·</span> {o.province}
          </span>
        )}
        {o.clusters.map((c) => (
          <span key={c.id}>
            <span aria-hidden="true">·</span>{' '}
            <Link href={{ pathname: '/districts/[slug]', params: { slug: c.slug } }}>{localised(c, 'name', locale)}</Link>
          </span>
        ))}
      </p>
      {o.adheredAt && (
        <p className="mt-2">
          {t('adheredOn', { date: date(o.adheredAt) })}
          {o.withdrawnAt && <> · {t('withdrawnOn', { date: date(o.withdrawnAt) })}</>}
        </p>
      )}
      {o.website && !o.descriptionHtml && !o.address && !o.publicEmail && (
        <p className="mt-1">
          <a href={o.website} rel="nofollow noopener noreferrer">
            {o.website}
          </a>
        </p>
      )}
      <OrgProfile o={o} locale={locale} />
      {manager && (
        <p className="mt-4">
          <Link href={{ pathname: '/network/members/[slug]/manage', params: { slug: o.slug } }} data-testid="manage-link">
            {tp('manage')}
          </Link>
        </p>
      )}

      {o.commitments.length > 0 && (
        <section aria-labelledby="oc-h" className={section}>
          <h2 id="oc-h" className="text-2xl font-semibold">
            {t('orgCommitments', { count: o.commitments.length })}
          </h2>
          <ul className="mt-2 space-y-1" data-testid="org-commitments">
            {o.commitments.map((n) => (
              <li key={n}>
                <strong>{n}.</strong> {th(`commitments.${n as Commitment}`)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="people-h" className={section}>
        <h2 id="people-h" className="text-2xl font-semibold">
          {t('org.people')}
        </h2>
        {o.people.length === 0 ? (
          <p className="mt-2 text-sm text-muted">{t('org.noPeople')}</p>
        ) : (
          <ul className="mt-2 flex flex-wrap gap-3" data-testid="org-people">
            {o.people.map((p) => (
              <li key={p.userId}>{p.name}</li>
            ))}
          </ul>
        )}
      </section>

      {manager && (
        <section aria-labelledby="manage-h" className="mt-8 rounded-lg border-2 border-brand-700 p-4" data-testid="contact-panel">
          <h2 id="manage-h" className="text-xl font-semibold">
            {t('org.manage')}
          </h2>
          <h3 className="mt-3 font-semibold">{t('org.pending')}</h3>
          <PendingMembers organisationId={o.id} pending={o.pending} empty={t('org.noPending')} />
          <h3 className="mt-4 font-semibold">{t('org.confirmed')}</h3>
          <ul className="mt-1 text-sm">
            {o.confirmed.map((p) => (
              <li key={p.userId}>{p.name}</li>
            ))}
          </ul>
          {!o.withdrawnAt && o.adheredAt && <Withdraw organisationId={o.id} />}
        </section>
      )}

      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="op-h">
          <h2 id="op-h" className="text-xl font-semibold">
            {t('territory.practices')}
          </h2>
          {o.practices.length === 0 ? (
            <p className="mt-1 text-sm text-muted">{t('territory.none')}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {o.practices.map((p) => (
                <li key={p.id}>
                  <Link href={{ pathname: '/practices/[id]', params: { id: p.id } }}>{p.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="oe-h">
          <h2 id="oe-h" className="text-xl font-semibold">
            {t('territory.events')}
          </h2>
          {o.events.length === 0 ? (
            <p className="mt-1 text-sm text-muted">{t('territory.none')}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {o.events.map((e) => (
                <li key={e.id}>
                  <Link href={{ pathname: '/events/[id]', params: { id: e.id } }}>{e.title}</Link>{' '}
                  <span className="text-sm text-muted">{date(e.startsAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="ot-h">
          <h2 id="ot-h" className="text-xl font-semibold">
            {t('territory.threads')}
          </h2>
          {o.threads.length === 0 ? (
            <p className="mt-1 text-sm text-muted">{t('territory.none')}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {o.threads.map((th2) => (
                <li key={th2.id}>
                  <Link href={{ pathname: '/forum/t/[id]', params: { id: th2.id } }}>{th2.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="ocs-h">
          <h2 id="ocs-h" className="text-xl font-semibold">
            {t('territory.caseStudies')}
          </h2>
          {o.caseStudies.length === 0 ? (
            <p className="mt-1 text-sm text-muted">{t('territory.none')}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {o.caseStudies.map((c) => (
                <li key={c.slug}>
                  <Link href={{ pathname: '/case-studies/[slug]', params: { slug: c.slug } }}>{c.title[locale]}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {o.history.length > 0 && (
        <section aria-labelledby="oh-h" className={section}>
          <h2 id="oh-h" className="text-xl font-semibold">
            {t('org.history')}
          </h2>
          <ol className="mt-2 space-y-1 text-sm">
            {o.history
              .filter((e): e is typeof e & { kind: 'APPROVED' | 'WITHDRAWN' } => e.kind === 'APPROVED' || e.kind === 'WITHDRAWN')
              .map((e) => (
                <li key={e.id}>
                  {date(e.createdAt)} — {t(`publicHistory.${e.kind}`)}
                  {e.kind === 'WITHDRAWN' && e.message ? `: «${e.message}»` : ''}
                </li>
              ))}
          </ol>
        </section>
      )}
    </article>
  )
}
