'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { cancelEventAction, cancelRegistrationAction, extendSeriesAction, registerForEventAction } from '@/server/events/actions'
import { TextField } from '@/components/ui/field'

type Mode = 'IN_PERSON' | 'ONLINE'

/**
 * Registering: one button per way of attending the meeting offers ("Register in person", "Join the online
 * waitlist"); once registered, the status (with the waitlist position), a switch to the other mode of a hybrid
 * meeting while registrations are open, and cancelling.
 */
export function Rsvp({
  eventId,
  status,
  mode,
  position,
  modes,
  full,
  open,
}: {
  eventId: string
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED' | null
  mode: Mode | null
  position: number | null
  modes: Mode[]
  /** Whether each mode's seats are all taken. */
  full: Record<Mode, boolean>
  open: boolean
}) {
  const t = useTranslations('events')
  const reg = useActionForm(registerForEventAction)
  const cancel = useActionForm(cancelRegistrationAction)
  const active = status === 'CONFIRMED' || status === 'WAITLISTED'
  const hybrid = modes.length > 1
  const modeName = (m: Mode) => t(`mode.${m}`)
  const other = active && hybrid ? modes.find((m) => m !== mode) : undefined
  return (
    <div>
      {active ? (
        <>
          <p role="status" className="font-semibold" data-testid="rsvp-status">
            {status === 'CONFIRMED'
              ? hybrid
                ? t('confirmedMode', { mode: modeName(mode!) })
                : t('confirmed')
              : hybrid
                ? t('waitlistedMode', { mode: modeName(mode!), n: position ?? 0 })
                : t('waitlistedAt', { n: position ?? 0 })}
          </p>
          {open && other && !(status === 'CONFIRMED' && full[other]) && (
            <form onSubmit={reg.onSubmit} className="mt-2">
              <input type="hidden" name="eventId" value={eventId} />
              <input type="hidden" name="mode" value={other} />
              <Button type="submit" variant="secondary" disabled={reg.pending}>
                {full[other] ? t('switchToWaitlist', { mode: modeName(other) }) : t('switchTo', { mode: modeName(other) })}
              </Button>
            </form>
          )}
          <form onSubmit={cancel.onSubmit} className="mt-2">
            <input type="hidden" name="eventId" value={eventId} />
            <Button type="submit" variant="secondary" disabled={cancel.pending}>
              {t('cancel')}
            </Button>
          </form>
        </>
      ) : (
        <div className="flex flex-wrap gap-2">
          {modes.map((m) => (
            <form key={m} onSubmit={reg.onSubmit}>
              <input type="hidden" name="eventId" value={eventId} />
              <input type="hidden" name="mode" value={m} />
              <Button type="submit" disabled={reg.pending}>
                {hybrid
                  ? full[m]
                    ? t('joinWaitlistMode', { mode: modeName(m) })
                    : t('registerMode', { mode: modeName(m) })
                  : full[m]
                    ? t('joinWaitlist')
                    : t('register')}
              </Button>
            </form>
          ))}
        </div>
      )}
      {(reg.formError ?? cancel.formError) && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {reg.formError ?? cancel.formError}
        </p>
      )}
    </div>
  )
}

/** Cancelling the meeting; for a date of a series, also this and the following dates, or the whole series ahead. */
export function CancelEvent({ eventId, series = false }: { eventId: string; series?: boolean }) {
  const t = useTranslations('events')
  const f = useActionForm(cancelEventAction)
  return (
    <form onSubmit={(e) => (confirm(`${t('cancelEvent')}?`) ? f.onSubmit(e) : e.preventDefault())}>
      <input type="hidden" name="eventId" value={eventId} />
      {series && (
        <fieldset className="mb-2">
          <legend className="font-semibold">{t('cancelScope')}</legend>
          {(['one', 'following', 'series'] as const).map((s) => (
            <label key={s} className="flex items-center gap-2 py-0.5">
              <input type="radio" name="scope" value={s} defaultChecked={s === 'one'} className="size-4" />
              {t(s === 'one' ? 'cancelOne' : s === 'following' ? 'cancelFollowing' : 'cancelSeries')}
            </label>
          ))}
        </fieldset>
      )}
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

/** Adding dates to a series (after its last date). */
export function ExtendSeries({ eventId }: { eventId: string }) {
  const t = useTranslations('events')
  const f = useActionForm(extendSeriesAction)
  return (
    <form onSubmit={f.onSubmit} noValidate className="mt-4 max-w-sm" aria-labelledby="extend-h">
      <h3 id="extend-h" className="font-semibold">
        {t('extend')}
      </h3>
      <input type="hidden" name="eventId" value={eventId} />
      <TextField
        name="count"
        inputMode="numeric"
        label={t('extendCount')}
        hint={t('extendHint')}
        defaultValue=""
        error={f.fieldError('count')}
      />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t('extendSubmit')}
      </Button>
      {f.result?.ok && (
        <p role="status" className="mt-2 text-sm">
          {t('extended', { count: f.result.data.added })}
        </p>
      )}
    </form>
  )
}
