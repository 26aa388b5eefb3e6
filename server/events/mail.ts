import 'server-only'
import type { Locale } from '@/i18n/routing'
import { NETWORK_TZ } from '@/lib/dates'
import { buildCalendar, type FeedEvent } from '@/lib/ical'
import { localePath } from '@/lib/paths'
import { env } from '@/server/env'
import { mailText } from '@/server/mail'
import { feedEventSelect } from '@/server/events/queries'
import type { MailExtra } from '@/server/notifications/notify'

// What a meeting's mails carry besides the sentence (issue 14): when (in Rome time, named), where, the online link
// for confirmed attendees, and for a confirmation the meeting as an iCalendar attachment.

export const eventMailSelect = { ...feedEventSelect, onlineUrl: true } as const

export type MailEvent = FeedEvent & { onlineUrl: string | null }

export function eventWhen(e: Pick<MailEvent, 'startsAt' | 'endsAt' | 'allDay'>, locale: Locale): string {
  const tag = locale === 'en' ? 'en-GB' : 'it-IT'
  if (e.allDay) return new Intl.DateTimeFormat(tag, { timeZone: NETWORK_TZ, dateStyle: 'full' }).formatRange(e.startsAt, e.endsAt)
  return new Intl.DateTimeFormat(tag, { timeZone: NETWORK_TZ, dateStyle: 'full', timeStyle: 'short' }).formatRange(e.startsAt, e.endsAt)
}

const eventUrl = (id: string, locale: Locale = 'it') => env().APP_URL + localePath({ pathname: '/events/[id]', params: { id } }, locale)

/** The meeting alone as a calendar file; a confirmed attendee's copy carries the online link. */
/**
 * The same meeting makes the same invitation for every attendee: a burst of registrations (issue 15: 200 at once for
 * 50 seats) builds it once a minute, not once a seat — about 4 ms each, inside the seat's transaction.
 */
const icsMemo = new Map<string, { at: number; ics: string }>()

export function eventIcs(e: MailEvent, confirmed: boolean): string {
  const key = `${confirmed}:${JSON.stringify(e)}`
  const memo = icsMemo.get(key)
  if (memo && Date.now() - memo.at < 60_000) return memo.ics
  const ics = buildEventIcs(e, confirmed)
  icsMemo.set(key, { at: Date.now(), ics })
  if (icsMemo.size > 200) icsMemo.delete(icsMemo.keys().next().value!)
  return ics
}

function buildEventIcs(e: MailEvent, confirmed: boolean): string {
  const online = confirmed && e.onlineUrl ? e.onlineUrl : null
  const withLink: FeedEvent = {
    ...e,
    // The occurrence on its own (a series' other dates are their own registrations).
    seriesId: null,
    recurrenceRule: null,
    onlineUrl: online,
  }
  return buildCalendar(e.title, [withLink], (id) => eventUrl(id))
}

/** The lines about the meeting in a mail, and the attachment when asked for. */
export function eventMailExtra(
  e: MailEvent,
  locale: Locale,
  { confirmed, attach = false, lead }: { confirmed: boolean; attach?: boolean; lead?: string },
): MailExtra {
  const t = mailText(locale)
  const where = [e.address, e.city].filter(Boolean).join(', ')
  const lines = [
    ...(lead ? [lead] : []),
    t('eventWhen', { when: eventWhen(e, locale) }),
    ...(where ? [t('eventWhere', { where })] : []),
    ...(confirmed && e.onlineUrl ? [t('eventOnline', { url: e.onlineUrl })] : []),
    ...(confirmed ? [] : [t('eventWaitlisted')]),
    ...(attach ? [t('eventIcs')] : []),
  ]
  return { lines, ics: attach ? eventIcs(e, confirmed) : undefined }
}
