'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { setCalendarFeedAction } from '@/server/events/actions'

/**
 * Create, renew or turn off the member's private calendar feed (the page shows the new state after the action).
 * Renewing and turning off break the address calendar apps follow, so they ask first (`confirm`).
 */
export function CalendarFeedButton({
  enable,
  label,
  confirm: question,
  variant = 'primary',
}: {
  enable: boolean
  label: string
  confirm?: string
  variant?: 'primary' | 'secondary' | 'danger'
}) {
  const t = useTranslations('myArea.calendar')
  const f = useActionForm(setCalendarFeedAction)
  return (
    <form onSubmit={(e) => (question && !window.confirm(question) ? e.preventDefault() : f.onSubmit(e))} className="inline">
      <input type="hidden" name="enable" value={String(enable)} />
      <Button type="submit" variant={variant} disabled={f.pending}>
        {label}
      </Button>
      {f.succeeded && (
        <span role="status" className="ml-2 text-sm">
          {enable ? t('created') : t('revoked')}
        </span>
      )}
      {f.formError && (
        <span role="alert" className="ml-2 text-sm text-red-800">
          {f.formError}
        </span>
      )}
    </form>
  )
}
