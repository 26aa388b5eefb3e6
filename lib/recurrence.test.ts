import { describe, expect, it } from 'vitest'
import { occurrences, ruleParts, recurrenceRule, retimeOccurrence } from './recurrence'
import { romeLocalToUtc, utcToRomeLocal } from './dates'

const rome = (s: string) => romeLocalToUtc(s)!

describe('recurrence', () => {
  it('a working group every first Tuesday keeps 17:00 in Rome across the October change to winter time', () => {
    const start = rome('2026-09-01T17:00') // first Tuesday of September, CEST (UTC+2)
    const rule = recurrenceRule('MONTHLY_WEEKDAY', start, 4)
    expect(rule).toBe('FREQ=MONTHLY;COUNT=4;BYDAY=+1TU')
    const occ = occurrences(rule, start)
    expect(occ.map(utcToRomeLocal)).toEqual(['2026-09-01T17:00', '2026-10-06T17:00', '2026-11-03T17:00', '2026-12-01T17:00'])
    // Same wall-clock time, different UTC instants: 15:00Z in summer, 16:00Z in winter.
    expect(occ[1]!.toISOString()).toBe('2026-10-06T15:00:00.000Z')
    expect(occ[2]!.toISOString()).toBe('2026-11-03T16:00:00.000Z')
    expect(ruleParts(rule)).toEqual({ kind: 'MONTHLY_WEEKDAY', count: 4, nth: 'first', weekday: 1 })
  })

  it('weekly meetings cross the March change to summer time at the same local hour', () => {
    const start = rome('2027-03-22T09:30')
    const occ = occurrences(recurrenceRule('WEEKLY', start, 3), start)
    expect(occ.map(utcToRomeLocal)).toEqual(['2027-03-22T09:30', '2027-03-29T09:30', '2027-04-05T09:30'])
    expect(occ.map((d) => d.getUTCHours())).toEqual([8, 7, 7])
  })

  it('every two weeks, and a start in the fifth week means the last weekday of the month', () => {
    const start = rome('2026-12-29T10:00') // the fifth (last) Tuesday of December
    expect(occurrences(recurrenceRule('BIWEEKLY', start, 3), start).map(utcToRomeLocal)).toEqual([
      '2026-12-29T10:00',
      '2027-01-12T10:00',
      '2027-01-26T10:00',
    ])
    const rule = recurrenceRule('MONTHLY_WEEKDAY', start, 3)
    expect(rule).toContain('BYDAY=-1TU')
    expect(occurrences(rule, start).map(utcToRomeLocal)).toEqual(['2026-12-29T10:00', '2027-01-26T10:00', '2027-02-23T10:00'])
    expect(ruleParts(rule)).toEqual({ kind: 'MONTHLY_WEEKDAY', count: 3, nth: 'last', weekday: 1 })
    expect(ruleParts(recurrenceRule('BIWEEKLY', start, 3))).toEqual({ kind: 'BIWEEKLY', count: 3 })
  })

  it('never expands more than 24 occurrences', () => {
    const start = rome('2026-01-05T10:00')
    expect(occurrences('FREQ=WEEKLY;COUNT=500', start)).toHaveLength(24)
  })
})

describe('editing this and the following dates', () => {
  it('keeps each date and applies the new Rome time, across the change to winter time', () => {
    const edited = romeLocalToUtc('2026-09-01T18:30')! // the first date moved from 17:00 to 18:30 (CEST)
    expect(utcToRomeLocal(retimeOccurrence(romeLocalToUtc('2026-11-03T17:00')!, edited))).toBe('2026-11-03T18:30')
    expect(retimeOccurrence(romeLocalToUtc('2026-11-03T17:00')!, edited).toISOString()).toBe('2026-11-03T17:30:00.000Z')
    expect(retimeOccurrence(romeLocalToUtc('2026-10-06T17:00')!, edited).toISOString()).toBe('2026-10-06T16:30:00.000Z')
  })
})
