import ical, { ICalEventStatus, type ICalEventData } from 'ical-generator'
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import { NETWORK_TZ, utcToRomeLocal } from '@/lib/dates'
import { romeDay } from '@/lib/calendar'
import { markdownToLines } from '@/lib/search/plain-text'

export type FeedEvent = {
  id: string
  title: string
  description: string
  startsAt: Date
  endsAt: Date
  allDay: boolean
  address: string | null
  city: string | null
  status: 'SCHEDULED' | 'CANCELLED'
  sequence: number
  createdAt: Date
  updatedAt: Date
  seriesId: string | null
  recurrenceRule: string | null
  originalStart: Date | null
  organiser: { name: string }
  /** Only in an attendee's own copy (their confirmation, their private feed): the link to join online. */
  onlineUrl?: string | null
}

/**
 * Text for the calendar's own lines (NAME, X-WR-CALNAME) and parameters (the organiser's CN), which the library
 * writes as given: line breaks and other control characters become spaces, so no text can start a line of its own.
 */
export const icsLineText = (s: string) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()

/** Rome wall-clock "YYYY-MM-DDTHH:mm:00", written with TZID=Europe/Rome and a VTIMEZONE in the calendar. */
const local = (d: Date) => `${utcToRomeLocal(d)}:00`

/**
 * An RFC 5545 calendar. Times carry TZID=Europe/Rome (with its VTIMEZONE), so a meeting at 17:00 stays at 17:00
 * across daylight-saving changes; whole-day events are DATE values. A series is one VEVENT with its RRULE
 * (UID "series-…"), and every occurrence that was moved, edited or cancelled is an override with the
 * series' UID and its RECURRENCE-ID. Occurrences of a series whose first event is not in the list (a
 * filtered feed, a single event) are written as events of their own.
 */
export function buildCalendar(name: string, events: FeedEvent[], eventUrl: (id: string) => string): string {
  const cal = ical({
    name: icsLineText(name),
    prodId: { company: 'Rete Cartesio', product: 'Cartesio', language: 'IT' },
    ttl: 3600,
    timezone: { name: null, generator: getVtimezoneComponent },
  })
  cal.x([{ key: 'X-WR-TIMEZONE', value: NETWORK_TZ }])
  const heads = new Map(events.filter((e) => e.recurrenceRule && e.seriesId === e.id).map((e) => [e.id, e]))

  const common = (e: FeedEvent): Omit<ICalEventData, 'start'> => ({
    stamp: e.updatedAt,
    created: e.createdAt,
    lastModified: e.updatedAt,
    sequence: e.sequence,
    summary: e.title,
    // Plain text (calendars show DESCRIPTION as it is), then the meeting's page, then — in an attendee's own copy —
    // the link to join online.
    description: [markdownToLines(e.description), eventUrl(e.id), ...(e.onlineUrl ? [`Online: ${e.onlineUrl}`] : [])].join('\n\n'),
    location: [e.address, e.city].filter(Boolean).join(', ') || e.onlineUrl || null,
    url: eventUrl(e.id),
    status: e.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: icsLineText(e.organiser.name), email: 'no-reply@cartesio.invalid' },
  })
  const times = (start: Date, end: Date, allDay: boolean): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> =>
    allDay ? { allDay: true, start: romeDay(start), end: romeDay(end) } : { timezone: NETWORK_TZ, start: local(start), end: local(end) }

  for (const e of events) {
    const head = e.seriesId ? heads.get(e.seriesId) : undefined
    if (!head || !e.originalStart) {
      cal.createEvent({ id: `${e.id}@cartesio`, ...common(e), ...times(e.startsAt, e.endsAt, e.allDay) })
      continue
    }
    const uid = `series-${head.id}@cartesio`
    if (e.id === head.id) {
      // The series as the rule made it: the first occurrence's original start and its length.
      const start = head.originalStart!
      const end = new Date(start.getTime() + (head.endsAt.getTime() - head.startsAt.getTime()))
      cal.createEvent({
        id: uid,
        ...common(head),
        status: ICalEventStatus.CONFIRMED,
        sequence: 0,
        repeating: head.recurrenceRule!,
        ...times(start, end, head.allDay),
      })
    }
    // An occurrence changed since the series was made (edited, moved or cancelled) overrides its slot.
    if (e.sequence > 0) {
      cal.createEvent({
        id: uid,
        ...common(e),
        ...times(e.startsAt, e.endsAt, e.allDay),
        recurrenceId: e.allDay ? romeDay(e.originalStart) : local(e.originalStart),
      })
    }
  }
  return cal.toString()
}
