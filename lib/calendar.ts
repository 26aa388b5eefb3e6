import { TZDate } from '@date-fns/tz'
import { NETWORK_TZ } from '@/lib/dates'

/** A calendar day in Rome, "YYYY-MM-DD". Day arithmetic runs on UTC dates, where every day has 24 hours. */
export type DayKey = string

const DAY = 86_400_000
const key = (d: Date): DayKey => d.toISOString().slice(0, 10)
const parse = (k: DayKey) => new Date(`${k}T00:00:00Z`)

export function isDayKey(v: unknown): v is DayKey {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(parse(v).getTime()) && key(parse(v)) === v
}
export function isMonthKey(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v)
}

/** The Rome calendar day an instant falls on. */
export function romeDay(instant: Date): DayKey {
  const t = new TZDate(instant.getTime(), NETWORK_TZ)
  return key(new Date(Date.UTC(t.getFullYear(), t.getMonth(), t.getDate())))
}

/** The instant Rome's day begins (23:00 or 22:00 UTC the day before). */
export function romeDayStart(day: DayKey): Date {
  const d = parse(day)
  return new Date(new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 0, 0, 0, NETWORK_TZ).getTime())
}

export const addDays = (day: DayKey, n: number): DayKey => key(new Date(parse(day).getTime() + n * DAY))

/** Monday of the week the day is in (weeks start on Monday in Italy). */
export function weekStart(day: DayKey): DayKey {
  const wd = (parse(day).getUTCDay() + 6) % 7
  return addDays(day, -wd)
}

/** "2026-12" → the weeks (Monday to Sunday) that show December, each day flagged in or out of the month. */
export function monthGrid(month: string): { day: DayKey; inMonth: boolean }[][] {
  const first = `${month}-01`
  const start = weekStart(first)
  const weeks: { day: DayKey; inMonth: boolean }[][] = []
  for (let d = start; weeks.length === 0 || d.startsWith(month);) {
    const week = Array.from({ length: 7 }, (_, i) => addDays(d, i)).map((day) => ({ day, inMonth: day.startsWith(month) }))
    weeks.push(week)
    d = addDays(d, 7)
  }
  return weeks
}

export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const d = new Date(Date.UTC(y, m - 1 + n, 1))
  return key(d).slice(0, 7)
}

/** The Rome days an event covers: [start, end) — a meeting ending at midnight does not spill into the next day. */
export function daysCovered(start: Date, end: Date): DayKey[] {
  const first = romeDay(start)
  const last = romeDay(new Date(Math.max(start.getTime(), end.getTime() - 1)))
  const days: DayKey[] = []
  for (let d = first; d <= last && days.length < 62; d = addDays(d, 1)) days.push(d)
  return days
}
