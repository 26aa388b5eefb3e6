import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { getCurrentUser } from '@/server/auth/session'
import { getPathname } from '@/i18n/navigation'
import { CommitmentsSection, JoinSteps } from '@/components/joining'
import { listMyAdhesions } from '@/server/network/queries'
import { decodeCodes } from '@/lib/codes'
import { AdhesionForm } from '../_components/adhesion-form'
import { adhesionOptions } from '../_components/options'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'network' })
  // Public: what joining means is for everyone (the form itself appears after sign-in).
  return { title: t('joinTitle'), description: t('joinExplained.meaning'), robots: { index: true, follow: true } }
}

export default async function JoinPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await getCurrentUser()
  if (!user) return <JoinExplained locale={locale} />
  const [t, format, mine, options] = await Promise.all([
    getTranslations('network'),
    getFormatter(),
    listMyAdhesions(user.id),
    adhesionOptions(locale),
  ])
  const date = (d: Date) => format.dateTime(d, { day: 'numeric', month: 'long', year: 'numeric' })
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ section: 'network' }, { label: t('joinTitle') }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('joinTitle')}</h1>
      <p className="mt-2">{t('joinLead')}</p>
      <details className="mt-4 rounded-card border border-line p-4">
        <summary className="cursor-pointer font-semibold">{t('joinExplained.meaningTitle')}</summary>
        <Explanation />
      </details>
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

/** What adhering means, for someone who has not signed in yet: the commitments, the steps, the data. */
async function JoinExplained({ locale }: { locale: Locale }) {
  const t = await getTranslations('network')
  const back = getPathname({ href: '/network/join', locale })
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/network">{t('title')}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-800">{t('joinTitle')}</h1>
      <p className="mt-3 text-lg">{t('joinExplained.meaning')}</p>
      <Explanation />
      <section aria-labelledby="start-h" className="mt-8 rounded-card bg-brand-50 p-6">
        <h2 id="start-h" className="text-2xl font-semibold">
          {t('joinExplained.startTitle')}
        </h2>
        <p className="mt-2">{t('joinExplained.startLead')}</p>
        <p className="mt-4 flex flex-wrap gap-3">
          <Link
            href={{ pathname: '/register', query: { callbackUrl: back } }}
            className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
          >
            {t('joinExplained.register')}
          </Link>
          <Link
            href={{ pathname: '/sign-in', query: { callbackUrl: back } }}
            className="rounded-md border-2 border-brand-700 px-5 py-2.5 font-semibold text-brand-800 no-underline hover:bg-brand-100"
          >
            {t('joinExplained.signIn')}
          </Link>
        </p>
      </section>
    </div>
  )
}

async function Explanation() {
  const t = await getTranslations('network')
  return (
    <>
      <CommitmentsSection id="commitments-h" className="mt-6" note={t('joinExplained.commitmentsNote')} />
      <JoinSteps id="steps-h" className="mt-6" />
      <section aria-labelledby="data-h" className="mt-6">
        <h2 id="data-h" className="text-2xl font-semibold">
          {t('joinExplained.dataTitle')}
        </h2>
        <p className="mt-2">{t('joinExplained.data')}</p>
        <p className="mt-2">
          <Link href="/privacy">{t('joinExplained.privacy')}</Link>
        </p>
      </section>
    </>
  )
}
