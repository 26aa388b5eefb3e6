'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { cancelEventAction, cancelRegistrationAction, registerForEventAction } from '@/server/events/actions'

export function Rsvp({
  eventId,
  status,
  full,
}: {
  eventId: string
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED' | null
  full: boolean
}) {
  const t = useTranslations('events')
  const reg = useActionForm(registerForEventAction)
  const cancel = useActionForm(cancelRegistrationAction)
  const active = status === 'CONFIRMED' || status === 'WAITLISTED'
  return (
    <div>
      {active ? (
        <>
          <p role="status" className="font-semibold" data-testid="rsvp-status">
            {status === 'CONFIRMED' ? t('confirmed') : t('waitlisted')}
          </p>
          <form onSubmit={cancel.onSubmit} className="mt-2">
            <input type="hidden" name="eventId" value={eventId} />
            <Button type="submit" variant="secondary" disabled={cancel.pending}>
              {t('cancel')}
            </Button>
          </form>
        </>
      ) : (
        <form onSubmit={reg.onSubmit}>
          <input type="hidden" name="eventId" value={eventId} />
          <Button type="submit" disabled={reg.pending}>
            {full ? t('joinWaitlist') : t('register')}
          </Button>
        </form>
      )}
      {(reg.formError ?? cancel.formError) && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {reg.formError ?? cancel.formError}
        </p>
      )}
    </div>
  )
}

export function CancelEvent({ eventId }: { eventId: string }) {
  const t = useTranslations('events')
  const f = useActionForm(cancelEventAction)
  return (
    <form onSubmit={(e) => (confirm(`${t('cancelEvent')}?`) ? f.onSubmit(e) : e.preventDefault())}>
      <input type="hidden" name="eventId" value={eventId} />
      <Button type="submit" variant="danger" disabled={f.pending}>
        {t('cancelEvent')}
      </Button>
      {f.formError && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {f.formError}
        </p>
      )}
    </form>
  )
}
