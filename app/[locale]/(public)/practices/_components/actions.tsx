'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { DecisionForm } from '@/components/decision-form'
import { useActionForm } from '@/components/use-action-form'
import { markPracticeUsefulAction, reviewPracticeAction } from '@/server/practices/actions'

export function UsefulButton({
  practiceId,
  count,
  marked,
  canMark,
}: {
  practiceId: string
  count: number
  marked: boolean
  canMark: boolean
}) {
  const t = useTranslations('practices')
  const f = useActionForm(markPracticeUsefulAction)
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p data-testid="useful-count">{t('usefulCount', { count })}</p>
      {marked ? (
        <p className="text-sm font-semibold">{t('youFoundUseful')}</p>
      ) : canMark ? (
        <form onSubmit={f.onSubmit}>
          <input type="hidden" name="practiceId" value={practiceId} />
          <Button type="submit" variant="secondary" disabled={f.pending}>
            {t('markUseful')}
          </Button>
        </form>
      ) : null}
      {f.formError && (
        <p role="alert" className="text-sm text-red-800">
          {f.formError}
        </p>
      )}
    </div>
  )
}

/** The reviewer's decision: publish, return with comments, or reject with a reason. */
export function ReviewForm({ practiceId }: { practiceId: string }) {
  const t = useTranslations('practices.review')
  return (
    <DecisionForm
      action={reviewPracticeAction}
      hidden={{ practiceId }}
      heading={<h3 className="font-semibold">{t('decision')}</h3>}
      message={{ name: 'comment', label: t('comment'), hint: t('commentHint') }}
      decisions={[
        { value: 'PUBLISHED', label: t('publish'), primary: true },
        { value: 'RETURNED', label: t('return') },
        { value: 'REJECTED', label: t('reject') },
      ]}
    />
  )
}
