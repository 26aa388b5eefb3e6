import { getFormatter, getTranslations } from 'next-intl/server'
import { TableScroll } from '@/components/table-scroll'
import { Link } from '@/i18n/navigation'
import { daysCovered, monthGrid, romeDay, romeDayStart, type DayKey } from '@/lib/calendar'
import type { listEventsBetween } from '@/server/events/queries'

type CalEvent = Awaited<ReturnType<typeof listEventsBetween>>[number]

function byDay(events: CalEvent[]) {
  const map = new Map<DayKey, CalEvent[]>()
  for (const e of events) for (const d of daysCovered(e.startsAt, e.endsAt)) map.set(d, [...(map.get(d) ?? []), e])
  return map
}

async function EventChip({ e, day }: { e: CalEvent; day: DayKey }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations('events')])
  // The time is shown on the day the event starts; whole-day events and later days of a long event say so.
  const time = e.allDay
    ? t('allDayShort')
    : romeDay(e.startsAt) === day
      ? format.dateTime(e.startsAt, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      : t('continues')
  return (
    <Link
      href={{ pathname: '/events/[id]', params: { id: e.id } }}
      className={`block min-h-6 rounded px-1 py-0.5 text-sm leading-snug ${e.status === 'CANCELLED' ? 'line-through' : ''}`}
    >
      <span className="font-medium">{time}</span> {e.title}
      {e.status === 'CANCELLED' && <span className="sr-only"> ({t('cancelledBadge')})</span>}
    </Link>
  )
}

/** A month as a table of weeks: every day a cell with its events (readable cell by cell with a screen reader). */
export async function MonthGrid({ month, events, today }: { month: string; events: CalEvent[]; today: DayKey }) {
  const format = await getFormatter()
  const t = await getTranslations('events')
  const weeks = monthGrid(month)
  const days = byDay(events)
  const weekdays = weeks[0]!.map(({ day }) => romeDayStart(day))
  const caption = t('monthCaption', { month: format.dateTime(romeDayStart(`${month}-01`), { month: 'long', year: 'numeric' }) })
  return (
    // Seven columns do not fit a phone: the grid scrolls inside its own region.
    <TableScroll label={caption} className="mt-4">
      <table className="w-full min-w-[44rem] table-fixed border-collapse" data-testid="month-grid">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d.toISOString()} scope="col" className="border border-gray-300 bg-gray-50 p-1 text-sm font-semibold">
                <abbr title={format.dateTime(d, { weekday: 'long' })} className="no-underline">
                  {format.dateTime(d, { weekday: 'short' })}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]!.day}>
              {week.map(({ day, inMonth }) => {
                const list = days.get(day) ?? []
                return (
                  <td
                    key={day}
                    className={`h-24 border border-gray-300 p-1 align-top ${inMonth ? '' : 'bg-gray-50 text-muted'}`}
                    aria-current={day === today ? 'date' : undefined}
                  >
                    <p className={`text-sm ${day === today ? 'inline-block rounded-full bg-brand-700 px-1.5 font-bold text-white' : ''}`}>
                      <span aria-hidden="true">{Number(day.slice(8))}</span>
                      <span className="sr-only">
                        {format.dateTime(romeDayStart(day), { weekday: 'long', day: 'numeric', month: 'long' })}
                      </span>
                    </p>
                    {list.length > 0 && (
                      <ul className="mt-1 space-y-1">
                        {list.map((e) => (
                          <li key={e.id}>
                            <EventChip e={e} day={day} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

/** Seven days as a list: the days that have meetings, each a heading and its events; one message for an empty week. */
export async function WeekList({ days, events, today }: { days: DayKey[]; events: CalEvent[]; today: DayKey }) {
  const format = await getFormatter()
  const t = await getTranslations('events')
  const map = byDay(events)
  const busy = days.filter((day) => (map.get(day) ?? []).length > 0)
  if (busy.length === 0)
    return (
      <p className="mt-4 rounded-card border border-line p-4" data-testid="week-empty">
        {t('emptyWeek')}
      </p>
    )
  return (
    <ol className="mt-4 divide-y divide-gray-200 rounded-lg border border-gray-200" data-testid="week-list">
      {busy.map((day) => (
        <li key={day} className="p-3" aria-current={day === today ? 'date' : undefined}>
          <h3 className="font-semibold first-letter:uppercase">
            {format.dateTime(romeDayStart(day), { weekday: 'long', day: 'numeric', month: 'long' })}
          </h3>
          <ul className="mt-1 space-y-1">
            {map.get(day)!.map((e) => (
              <li key={e.id}>
                <EventChip e={e} day={day} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  )
}
