'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { setCalendarFeedAction } from '@/server/events/actions'

/** Create, renew or turn off the member's private calendar feed (the page shows the new state after the action). */
export function CalendarFeedButton({
  enable,
  label,
  variant = 'primary',
}: {
  enable: boolean
  label: string
  variant?: 'primary' | 'secondary' | 'danger'
}) {
  const t = useTranslations('myArea.calendar')
  const f = useActionForm(setCalendarFeedAction)
  return (
    <form onSubmit={f.onSubmit} className="inline">
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
