/** Pure rules about meetings, shared by the server (registration) and the pages (what they show). */

export const ATTENDANCE_MODES = ['IN_PERSON', 'ONLINE'] as const
export type Mode = (typeof ATTENDANCE_MODES)[number]

/**
 * How one can attend: in the room when the meeting has an address (or no link at all), online when it has a
 * link; a hybrid meeting offers both, the room first.
 */
export function attendanceModes(e: { address: string | null; onlineUrl: string | null }): Mode[] {
  const modes: Mode[] = []
  if (e.address || !e.onlineUrl) modes.push('IN_PERSON')
  if (e.onlineUrl) modes.push('ONLINE')
  return modes
}

type Seats = {
  capacity: number | null
  confirmedCount: number
  onlineCapacity: number | null
  onlineConfirmedCount: number
}

/** Seats of one mode: its capacity (null = no limit), how many are taken, how many are left (null = no limit). */
export function seatsOf(e: Seats, mode: Mode) {
  const capacity = mode === 'ONLINE' ? e.onlineCapacity : e.capacity
  const taken = mode === 'ONLINE' ? e.onlineConfirmedCount : e.confirmedCount
  return { mode, capacity, taken, left: capacity === null ? null : Math.max(0, capacity - taken) }
}

/** Why registrations are closed (null: open). */
export function closedReason(
  e: { status: string; startsAt: Date; registrationDeadline: Date | null },
  now: Date,
): null | 'cancelled' | 'started' | 'deadline' {
  if (e.status !== 'SCHEDULED') return 'cancelled'
  if (e.startsAt <= now) return 'started'
  if (e.registrationDeadline && e.registrationDeadline < now) return 'deadline'
  return null
}

/** How a registration deadline is written ("3 marzo, 12:00"). */
export const deadlineFormat = { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
