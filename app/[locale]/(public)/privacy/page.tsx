import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

type Props = { params: Promise<{ locale: Locale }> }

const ITEMS = ['account', 'organisations', 'forum', 'events', 'practices', 'notifications', 'security', 'mail'] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'privacy' })
  return { title: t('title') }
}

/** What the platform stores, why, for how long, and how a member takes it away. */
export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('privacy')
  return (
    <article className="prose-cartesio prose max-w-3xl">
      <Breadcrumbs items={[{ label: t('title') }]} />
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <h2>{t('whatTitle')}</h2>
      <dl>
        {ITEMS.map((k) => (
          <div key={k} className="mb-3">
            <dt className="font-semibold">{t(`items.${k}.what`)}</dt>
            <dd className="ml-0">{t(`items.${k}.why`)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('notTitle')}</h2>
      <p>{t('not')}</p>
      <h2>{t('rightsTitle')}</h2>
      <p>{t('rights')}</p>
      <p>
        <Link href="/account">{t('toAccount')}</Link>
      </p>
    </article>
  )
}
