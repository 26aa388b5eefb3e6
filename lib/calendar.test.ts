import { describe, expect, it } from 'vitest'
import { addDays, daysCovered, isDayKey, monthGrid, romeDay, romeDayStart, shiftMonth, weekStart } from './calendar'

describe('calendar', () => {
  it('lays a month out in Monday-to-Sunday weeks', () => {
    const weeks = monthGrid('2026-12') // 1 December 2026 is a Tuesday
    expect(weeks[0]![0]).toEqual({ day: '2026-11-30', inMonth: false })
    expect(weeks[0]![1]).toEqual({ day: '2026-12-01', inMonth: true })
    expect(weeks.at(-1)!.at(-1)).toEqual({ day: '2027-01-03', inMonth: false })
    expect(weeks).toHaveLength(5)
    expect(monthGrid('2027-02')).toHaveLength(4) // February 2027 starts on a Monday: exactly four weeks
  })

  it('finds Rome days and their starts across daylight saving', () => {
    expect(romeDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02') // 00:30 in Rome
    expect(romeDay(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02') // 00:30 CEST
    expect(romeDayStart('2026-12-02').toISOString()).toBe('2026-12-01T23:00:00.000Z')
    expect(romeDayStart('2026-07-02').toISOString()).toBe('2026-07-01T22:00:00.000Z')
    // The day clocks go back has 25 hours; the next day still starts at Rome midnight.
    expect(romeDayStart('2026-10-26').getTime() - romeDayStart('2026-10-25').getTime()).toBe(25 * 3_600_000)
  })

  it('moves by days, weeks and months, and validates keys', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(weekStart('2026-12-06')).toBe('2026-11-30') // a Sunday belongs to the week begun on Monday
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(isDayKey('2026-02-30')).toBe(false)
    expect(isDayKey('2026-02-28')).toBe(true)
  })

  it('spreads an event over the days it covers, ending at midnight excluded', () => {
    expect(daysCovered(romeDayStart('2026-12-02'), romeDayStart('2026-12-04'))).toEqual(['2026-12-02', '2026-12-03'])
    expect(daysCovered(new Date('2026-12-02T09:00:00Z'), new Date('2026-12-02T11:00:00Z'))).toEqual(['2026-12-02'])
  })
})
