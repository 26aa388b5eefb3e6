import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { forbidden, notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { Notice } from '@/components/ui/notice'
import { requirePageUser } from '@/server/auth/guard'
import { getPractice } from '@/server/practices/queries'
import { canEditPractice } from '@/lib/policies'
import { PracticeForm } from '../../_components/practice-form'
import { practiceFormOptions, practiceInitial } from '../../_components/options'

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'practices' })
  return { title: t('edit'), robots: { index: false } }
}

export default async function EditPracticePage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/practices/mine')
  const p = await getPractice(id)
  if (!p) notFound()
  if (!canEditPractice(user, p)) forbidden()
  const [t, options] = await Promise.all([getTranslations('practices'), practiceFormOptions(locale, user, p.organisationId)])
  const lastReview = p.reviews.at(-1)
  return (
    <div>
      <Breadcrumbs items={[{ section: 'practices' }, { label: t('mine'), href: '/practices/mine' }, { label: t('edit') }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('edit')}</h1>
      <p className="mt-2 mb-4">{t('stateIs', { state: t(`status.${p.status}`) })}</p>
      {(await searchParams).saved === '1' && <Notice kind="success">{t('form.saved')}</Notice>}
      {p.status === 'RETURNED' && lastReview && (
        <section
          aria-labelledby="returned-h"
          className="mb-6 max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-4"
          data-testid="review-comment"
        >
          <h2 id="returned-h" className="font-semibold">
            {t('returnedBy', { name: lastReview.reviewer.name })}
          </h2>
          <p className="mt-1 whitespace-pre-line">{lastReview.comment}</p>
        </section>
      )}
      <PracticeForm options={options} initial={practiceInitial(p)} practiceId={p.id} published={p.status === 'PUBLISHED'} />
    </div>
  )
}
