import { RRule, type Options, type Weekday } from 'rrule'
import { TZDate } from '@date-fns/tz'
import { NETWORK_TZ } from '@/lib/dates'

/** The repetitions an organiser can choose: "every week", "every two weeks", "the same weekday of each month". */
export const RECURRENCES = ['NONE', 'WEEKLY', 'BIWEEKLY', 'MONTHLY_WEEKDAY'] as const
export type Recurrence = (typeof RECURRENCES)[number]
export const MAX_OCCURRENCES = 24
/** A series can be extended up to this many dates in all. */
export const MAX_SERIES = 60

const WEEKDAYS: Weekday[] = [RRule.SU, RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA]

/**
 * rrule works on "floating" wall-clock times carried in a Date's UTC fields; the network's meetings keep
 * their Rome wall-clock time across daylight-saving changes, so rules run on Rome wall-clock values and every
 * occurrence is converted back to its real instant afterwards.
 */
function romeWallClock(utc: Date): Date {
  const t = new TZDate(utc.getTime(), NETWORK_TZ)
  return new Date(Date.UTC(t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes()))
}
function fromRomeWallClock(floating: Date): Date {
  return new Date(
    new TZDate(
      floating.getUTCFullYear(),
      floating.getUTCMonth(),
      floating.getUTCDate(),
      floating.getUTCHours(),
      floating.getUTCMinutes(),
      0,
      NETWORK_TZ,
    ).getTime(),
  )
}

/** The RFC 5545 RRULE for a repetition starting at `start`, e.g. "FREQ=MONTHLY;COUNT=6;BYDAY=+1TU". */
export function recurrenceRule(kind: Exclude<Recurrence, 'NONE'>, start: Date, count: number): string {
  const local = romeWallClock(start)
  // FREQ first: some calendar clients expect it there.
  let opts: Partial<Options>
  if (kind === 'WEEKLY') opts = { freq: RRule.WEEKLY, count }
  else if (kind === 'BIWEEKLY') opts = { freq: RRule.WEEKLY, interval: 2, count }
  else {
    // The 1st–4th weekday of the month, or the last one when the start falls in the month's fifth week.
    const nth = Math.ceil(local.getUTCDate() / 7)
    opts = { freq: RRule.MONTHLY, count, byweekday: [WEEKDAYS[local.getUTCDay()]!.nth(nth > 4 ? -1 : nth)] }
  }
  return RRule.optionsToString(opts).replace(/^RRULE:/, '')
}

/** The start instants (UTC) of every occurrence of `rule` from `start`, keeping Rome wall-clock time. */
export function occurrences(rule: string, start: Date, max = MAX_OCCURRENCES): Date[] {
  const parsed = RRule.parseString(rule)
  const r = new RRule({
    ...parsed,
    count: Math.min(parsed.count ?? max, max),
    dtstart: romeWallClock(start),
    tzid: null,
  })
  return r.all().map(fromRomeWallClock)
}

export type RuleParts =
  | { kind: 'WEEKLY' | 'BIWEEKLY'; count: number }
  | { kind: 'MONTHLY_WEEKDAY'; count: number; nth: 'first' | 'second' | 'third' | 'fourth' | 'last'; weekday: number }

/** What a rule says, for the page to put into words with its messages ("events.rule"); weekday 0 = Monday. */
export function ruleParts(rule: string): RuleParts {
  const p = RRule.parseString(rule)
  const count = p.count ?? 0
  if (p.freq === RRule.WEEKLY) return { kind: p.interval === 2 ? 'BIWEEKLY' : 'WEEKLY', count }
  const wd = (Array.isArray(p.byweekday) ? p.byweekday[0] : p.byweekday) as Weekday
  const n = wd.n ?? 1
  return {
    kind: 'MONTHLY_WEEKDAY',
    count,
    nth: n === -1 ? 'last' : (['first', 'second', 'third', 'fourth'] as const)[n - 1]!,
    weekday: wd.weekday,
  }
}

/**
 * "This and the following dates": an occurrence keeps its own Rome date and takes the edited occurrence's
 * Rome wall-clock time — so moving a 17:00 meeting to 18:00 gives 18:00 on every later date, summer or winter.
 */
export function retimeOccurrence(occurrenceStart: Date, editedStart: Date): Date {
  const day = romeWallClock(occurrenceStart)
  const time = romeWallClock(editedStart)
  return fromRomeWallClock(
    new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), time.getUTCHours(), time.getUTCMinutes())),
  )
}

/** The same rule with `extra` more occurrences (its COUNT raised), for extending a series. */
export function extendRule(rule: string, extra: number): { rule: string; before: number; after: number } {
  const parsed = RRule.parseString(rule)
  const before = parsed.count ?? 0
  const after = before + extra
  return { rule: RRule.optionsToString({ ...parsed, count: after }).replace(/^RRULE:/, ''), before, after }
}
