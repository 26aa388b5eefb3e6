'use client'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TextAreaField } from '@/components/ui/field'
import { useActionForm } from '@/components/use-action-form'
import { markPracticeUsefulAction, reviewPracticeAction } from '@/server/actions/practices'

export function UsefulButton({ practiceId, count, marked, canMark }: { practiceId: string; count: number; marked: boolean; canMark: boolean }) {
  const t = useTranslations('practices')
  const router = useRouter()
  const f = useActionForm(markPracticeUsefulAction, () => router.refresh())
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p data-testid="useful-count">{t('usefulCount', { count })}</p>
      {marked ? (
        <p className="text-sm font-semibold">{t('youFoundUseful')}</p>
      ) : canMark ? (
        <form onSubmit={f.onSubmit}>
          <input type="hidden" name="practiceId" value={practiceId} />
          <Button type="submit" variant="secondary" disabled={f.pending}>{t('markUseful')}</Button>
        </form>
      ) : null}
      {f.formError && <p role="alert" className="text-sm text-red-800">{f.formError}</p>}
    </div>
  )
}

/** The reviewer's decision: publish, return with comments, or reject with a reason. */
export function ReviewForm({ practiceId }: { practiceId: string }) {
  const t = useTranslations('practices.review')
  const router = useRouter()
  const f = useActionForm(reviewPracticeAction, () => router.refresh())
  return (
    <form onSubmit={f.onSubmit} noValidate className="mt-4" aria-labelledby="decision-h">
      <h3 id="decision-h" className="font-semibold">{t('decision')}</h3>
      {f.formError && <Notice kind="error">{f.formError}</Notice>}
      <input type="hidden" name="practiceId" value={practiceId} />
      <TextAreaField name="comment" label={t('comment')} hint={t('commentHint')} rows={5} error={f.fieldError('comment')} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="PUBLISHED" disabled={f.pending}>{t('publish')}</Button>
        <Button type="submit" name="decision" value="RETURNED" variant="secondary" disabled={f.pending}>{t('return')}</Button>
        <Button type="submit" name="decision" value="REJECTED" variant="secondary" disabled={f.pending}>{t('reject')}</Button>
      </div>
    </form>
  )
}
