import { describe, expect, it } from 'vitest'
import ICAL from 'ical.js'
import { buildCalendar, type FeedEvent } from './ical'
import { occurrences, recurrenceRule } from './recurrence'
import { romeLocalToUtc } from './dates'

const rome = (s: string) => romeLocalToUtc(s)!
const base = (over: Partial<FeedEvent>): FeedEvent => ({
  id: 'e1',
  title: 'Tavolo tecnico',
  description: 'Ordine del giorno',
  startsAt: rome('2026-12-10T10:00'),
  endsAt: rome('2026-12-10T12:00'),
  allDay: false,
  address: 'Via Roma 1',
  city: 'Prato',
  status: 'SCHEDULED',
  sequence: 0,
  createdAt: new Date('2026-11-01T00:00:00Z'),
  updatedAt: new Date('2026-11-02T00:00:00Z'),
  seriesId: null,
  recurrenceRule: null,
  originalStart: null,
  organiser: { name: 'Org' },
  ...over,
})

/** Parses with ical.js (an independent parser) and registers the calendar's own VTIMEZONE. */
function parse(text: string) {
  // Zones must be known before the events are read: register the calendar's own, then parse again.
  for (const tz of new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(tz))
  return new ICAL.Component(ICAL.parse(text))
}

describe('iCalendar feeds', () => {
  it("writes DESCRIPTION as plain text with the meeting's page; the online link only in an attendee's copy (issue 17)", () => {
    const url = (id: string) => `https://example.test/eventi/${id}`
    const md = '**Programma**\n\n- saluti\n- [rinnovo APO](https://example.org/apo)'
    const pub = parse(buildCalendar('T', [base({ description: md })], url)).getFirstSubcomponent('vevent')!
    expect(pub.getFirstPropertyValue('description')).toBe(
      'Programma\n\n- saluti\n- rinnovo APO (https://example.org/apo)\n\nhttps://example.test/eventi/e1',
    )
    const mine = parse(buildCalendar('T', [base({ description: md, onlineUrl: 'https://meet.example/x' })], url)).getFirstSubcomponent(
      'vevent',
    )!
    expect(String(mine.getFirstPropertyValue('description'))).toMatch(/\n\nOnline: https:\/\/meet\.example\/x$/)
  })
  it('writes Rome times with TZID and a VTIMEZONE, and UTC DTSTAMP', () => {
    const text = buildCalendar('Test', [base({})], (id) => `https://example.test/eventi/${id}`)
    expect(text).toContain('BEGIN:VTIMEZONE')
    expect(text).toContain('DTSTART;TZID=Europe/Rome:20261210T100000')
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/)
    const ev = parse(text).getFirstSubcomponent('vevent')!
    expect((ev.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2026-12-10T09:00:00.000Z')
    expect(ev.getFirstPropertyValue('uid')).toBe('e1@cartesio')
    expect(ev.getFirstPropertyValue('url')).toBe('https://example.test/eventi/e1')
  })

  it('writes whole-day events as DATE values covering the Rome days', () => {
    const text = buildCalendar(
      'Test',
      [base({ allDay: true, startsAt: rome('2026-12-02T00:00'), endsAt: rome('2026-12-04T00:00') })],
      (id) => id,
    )
    expect(text).toContain('DTSTART;VALUE=DATE:20261202')
    expect(text).toContain('DTEND;VALUE=DATE:20261204')
  })

  it('publishes a series as one RRULE; a cancelled occurrence overrides its slot; the parser expands it in Rome time', () => {
    const start = rome('2026-09-01T17:00')
    const rule = recurrenceRule('MONTHLY_WEEKDAY', start, 4)
    const occ = occurrences(rule, start)
    const events = occ.map((s, i) =>
      base({
        id: `o${i}`,
        startsAt: s,
        endsAt: new Date(s.getTime() + 3_600_000),
        seriesId: 'o0',
        originalStart: s,
        recurrenceRule: i === 0 ? rule : null,
        ...(i === 2 ? { status: 'CANCELLED' as const, sequence: 1 } : {}),
      }),
    )
    const cal = parse(buildCalendar('Serie', events, (id) => id))
    const vevents = cal.getAllSubcomponents('vevent')
    expect(vevents).toHaveLength(2) // the series and one override
    const master = new ICAL.Event(vevents.find((v) => !v.hasProperty('recurrence-id'))!)
    expect(master.uid).toBe('series-o0@cartesio')
    const override = new ICAL.Event(vevents.find((v) => v.hasProperty('recurrence-id'))!)
    expect(override.uid).toBe('series-o0@cartesio')
    expect(override.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(override.recurrenceId.toJSDate().toISOString()).toBe('2026-11-03T16:00:00.000Z')
    // ical.js expands the rule: 17:00 in Rome every time, i.e. 15:00Z in summer and 16:00Z in winter.
    const it = master.iterator()
    const got: string[] = []
    for (let next = it.next(); next; next = it.next()) got.push(next.toJSDate().toISOString())
    expect(got).toEqual(occ.map((d) => d.toISOString()))
    expect(got[1]).toBe('2026-10-06T15:00:00.000Z')
    expect(got[3]).toBe('2026-12-01T16:00:00.000Z')
  })

  it('writes an occurrence whose series head is not in the feed as an event of its own', () => {
    const s = rome('2026-10-06T17:00')
    const text = buildCalendar('Uno', [base({ id: 'o1', startsAt: s, endsAt: s, seriesId: 'o0', originalStart: s })], (id) => id)
    expect(text).toContain('UID:o1@cartesio')
    expect(text.split('END:VTIMEZONE')[1]).not.toContain('RRULE')
  })
})

describe('iCalendar injection (issue 12)', () => {
  const hostile = 'Evento ICS\r\nATTACH:https://evil.example/x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Finto'
  it('keeps a hostile title, calendar name and organiser name inside their own lines', () => {
    const text = buildCalendar(
      hostile,
      [base({ title: hostile, description: hostile, address: hostile, organiser: { name: hostile } })],
      (id) => `https://x/${id}`,
    )
    expect(text).not.toMatch(/^ATTACH/m)
    expect(text).not.toMatch(/^UID:evil/m)
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1)
    const cal = new ICAL.Component(ICAL.parse(text))
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(1)
    // The summary keeps the text (line breaks escaped as \\n inside the value).
    expect(cal.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe(hostile.replace(/\r/g, ''))
  })
})
