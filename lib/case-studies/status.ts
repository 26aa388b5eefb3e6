/** Formats dates the way next-intl's `getFormatter()` / `useFormatter()` do. */
type DateFormatter = {
  dateTime: (date: Date, options: { day?: 'numeric'; month: 'long'; year: 'numeric'; timeZone: string }) => string
}

/**
 * The date a case study's status speaks for: "18 novembre 2025", or "marzo 2014" when the source gives only the
 * month (`asOf` is YYYY-MM-DD or YYYY-MM). Noon UTC, formatted in UTC, so no time zone moves it to another day.
 */
export function statusDateLabel(format: DateFormatter, asOf: string): string {
  return asOf.length === 7
    ? format.dateTime(new Date(`${asOf}-15T12:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' })
    : format.dateTime(new Date(`${asOf}T12:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}
