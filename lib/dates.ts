import { TZDate } from '@date-fns/tz'

/** The network's one time zone: times are stored in UTC and typed, shown and published in Rome time. */
export const NETWORK_TZ = 'Europe/Rome'

/**
 * A wall-clock time typed in Rome ("2026-03-29T10:30", from <input type="datetime-local">) → the UTC instant.
 * Times that do not exist (the spring-forward hour) move forward by the gap; ambiguous autumn times take
 * the first (summer-time) occurrence.
 */
export function romeLocalToUtc(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!m) return null
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number]
  // Years outside 1970–2199 are typing mistakes (and JavaScript reads years 0–99 as 1900–1999).
  if (y < 1970 || y > 2199 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null
  const t = new TZDate(y, mo - 1, d, h, mi, 0, NETWORK_TZ)
  if (t.getMonth() !== mo - 1 || t.getDate() !== d) return null // 31 February and the like
  return new Date(t.getTime())
}

/** The UTC instant as the wall-clock value for <input type="datetime-local"> in Rome. */
export function utcToRomeLocal(date: Date): string {
  const t = new TZDate(date.getTime(), NETWORK_TZ)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())}T${p(t.getHours())}:${p(t.getMinutes())}`
}

/** Rome's UTC offset at that instant, e.g. "+01:00" (CET) or "+02:00" (CEST). */
export function romeOffset(date: Date): string {
  const minutes = -new TZDate(date.getTime(), NETWORK_TZ).getTimezoneOffset()
  const sign = minutes >= 0 ? '+' : '-'
  const a = Math.abs(minutes)
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`
}
