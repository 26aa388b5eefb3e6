import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Commitment } from '@/lib/validations/network'
import { forbidden, notFound } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { clusterNames } from '@/server/territories/queries'
import { requirePageUser } from '@/server/auth/guard'
import { getAdhesion } from '@/server/network/queries'
import { canAdminister } from '@/lib/policies'
import { decodeCodes } from '@/lib/codes'
import { regionName } from '@/lib/territory'
import { AdhesionDecision } from './decision'
import { localised } from '@/lib/localised'

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'admin' })
  return { title: t('adhesions'), robots: { index: false } }
}

/** One application: every field the applicant gave, its history, and the decision form while it is open. */
export default async function AdhesionPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/admin/adhesions')
  if (!canAdminister(user)) forbidden()
  const a = await getAdhesion(id)
  if (!a) notFound()
  const [t, tn, th, format, clusters] = await Promise.all([
    getTranslations('admin'),
    getTranslations('network'),
    getTranslations('home'),
    getFormatter(),
    clusterNames(decodeCodes(a.clusterIds)),
  ])
  const date = (d: Date) =>
    format.dateTime(d, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[12rem_1fr] gap-2 border-b border-gray-100 py-1">
      <dt className="font-medium">{label}</dt>
      <dd>{value || '—'}</dd>
    </div>
  )
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ admin: true }, { label: t('adhesions'), href: '/admin/adhesions' }, { label: a.orgName }]} />
      <h1 className="text-3xl font-bold">{a.orgName}</h1>
      <p className="mt-2">
        <Badge>{tn(`status.${a.status}`)}</Badge>{' '}
        <span className="text-sm text-muted">
          {a.applicant.name} ({a.applicant.email})
        </span>
      </p>
      <dl className="mt-4" data-testid="adhesion-details">
        {row(tn('form.orgType'), tn(`types.${a.orgType}`))}
        {row(tn('form.taxCode'), a.taxCode)}
        {row(tn('form.vatNumber'), a.vatNumber)}
        {row(tn('form.region'), regionName(a.regionId, locale))}
        {row(tn('form.province'), a.province)}
        {row(tn('form.clusters'), clusters.map((c) => localised(c, 'name', locale)).join(', '))}
        {row(tn('form.sector'), a.sector)}
        {row(tn('form.website'), a.website)}
        {row(tn('form.signatory'), `${a.signatoryName} — ${a.signatoryRole}`)}
        {row(tn('form.acceptedAt'), date(a.acceptedAt))}
      </dl>
      <h2 className="mt-6 text-xl font-semibold">{tn('form.commitments')}</h2>
      <ul className="mt-2 space-y-1" data-testid="adhesion-commitments">
        {decodeCodes(a.commitments).map((n) => (
          <li key={n}>
            <strong>{n}.</strong> {th(`commitments.${n as Commitment}`)}
          </li>
        ))}
      </ul>
      <h2 className="mt-6 text-xl font-semibold">{t('history')}</h2>
      <ol className="mt-2 space-y-1 text-sm" data-testid="adhesion-history">
        {a.events.map((e) => (
          <li key={e.id}>
            {date(e.createdAt)} — {tn(`eventKinds.${e.kind}`, { name: e.actor.name })}
            {e.message && <>: «{e.message}»</>}
          </li>
        ))}
      </ol>
      {a.status === 'SUBMITTED' && <AdhesionDecision adhesionId={a.id} />}
      {a.organisation && (
        <p className="mt-4">
          <Link href={{ pathname: '/network/members/[slug]', params: { slug: a.organisation.slug } }}>{tn('seeInRegister')}</Link>
        </p>
      )}
    </div>
  )
}
