import type { Metadata } from 'next'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { requirePageUser } from '@/server/auth/guard'
import { listMyAdhesions } from '@/server/network/queries'
import { decodeCodes } from '@/lib/codes'
import { AdhesionForm } from '../_components/adhesion-form'
import { adhesionOptions } from '../_components/options'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'network' })
  return { title: t('joinTitle'), robots: { index: false } }
}

export default async function JoinPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/network/join')
  const [t, format, mine, options] = await Promise.all([
    getTranslations('network'),
    getFormatter(),
    listMyAdhesions(user.id),
    adhesionOptions(locale),
  ])
  const date = (d: Date) => format.dateTime(d, { day: 'numeric', month: 'long', year: 'numeric' })
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/network">{t('title')}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-800">{t('joinTitle')}</h1>
      <p className="mt-2">{t('joinLead')}</p>
      {mine.length > 0 && (
        <section aria-labelledby="mine-h" className="mt-6">
          <h2 id="mine-h" className="text-2xl font-semibold">
            {t('myApplications')}
          </h2>
          <ul className="mt-3 space-y-4" data-testid="my-adhesions">
            {mine.map((a) => (
              <li key={a.id} className="rounded-lg border border-gray-200 p-4">
                <p className="flex flex-wrap items-center gap-2">
                  <strong>{a.orgName}</strong>
                  <Badge
                    tone={a.status === 'APPROVED' ? 'green' : a.status === 'INFO_REQUESTED' || a.status === 'REJECTED' ? 'amber' : 'gray'}
                  >
                    {t(`status.${a.status}`)}
                  </Badge>
                </p>
                <ol className="mt-2 space-y-1 text-sm">
                  {a.events.map((e) => (
                    <li key={e.id}>
                      {date(e.createdAt)} — {t(`eventKinds.${e.kind}`, { name: e.actor.name })}
                      {e.message && <>: «{e.message}»</>}
                    </li>
                  ))}
                </ol>
                {a.status === 'APPROVED' && a.organisation && (
                  <p className="mt-2">
                    <Link href={{ pathname: '/network/members/[slug]', params: { slug: a.organisation.slug } }}>{t('seeInRegister')}</Link>
                  </p>
                )}
                {a.status === 'INFO_REQUESTED' && (
                  <div className="mt-4 border-t border-gray-200 pt-4">
                    <h3 className="font-semibold">{t('form.completeTitle')}</h3>
                    <AdhesionForm
                      {...options}
                      adhesionId={a.id}
                      initial={{
                        orgName: a.orgName,
                        orgType: a.orgType,
                        taxCode: a.taxCode ?? '',
                        vatNumber: a.vatNumber ?? '',
                        regionId: a.regionId,
                        province: a.province,
                        clusterIds: decodeCodes(a.clusterIds),
                        sector: a.sector,
                        website: a.website ?? '',
                        signatoryName: a.signatoryName,
                        signatoryRole: a.signatoryRole,
                        commitments: decodeCodes(a.commitments),
                      }}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="new-h" className="mt-8">
        <h2 id="new-h" className="mb-2 text-2xl font-semibold">
          {t('form.title')}
        </h2>
        <AdhesionForm {...options} />
      </section>
    </div>
  )
}
