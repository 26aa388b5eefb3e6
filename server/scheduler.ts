import 'server-only'
import crypto from 'node:crypto'
import { Cron } from 'croner'
import { db } from '@/server/db'
import { NETWORK_TZ } from '@/lib/dates'
import { sendDigests } from '@/server/notifications/digest'
import { sendDueReminders } from '@/server/events/reminders'

// Scheduled work (issue 14): croner fires the schedules at fixed Rome times in every app instance; a lease row in
// the database lets only one instance run each firing. The work itself is idempotent too (digests carry an
// idempotency key, reminders claim their registrations), so even a lease that expired mid-run sends nothing twice.

const INSTANCE = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`

/** Takes the named lease for `ms` if it is free (or already ours); true when this instance holds it. */
export async function takeLease(name: string, ms: number, holder = INSTANCE, now = new Date()): Promise<boolean> {
  const until = new Date(now.getTime() + ms)
  const taken = await db.scheduleLease.updateMany({
    where: { name, OR: [{ until: { lt: now } }, { holder }] },
    data: { holder, until },
  })
  if (taken.count === 1) return true
  try {
    await db.scheduleLease.create({ data: { name, holder, until } })
    return true
  } catch {
    return false // another instance created it first, or holds it
  }
}

export type Schedule = { name: string; pattern: string; leaseMs: number; run: (now: Date) => Promise<unknown> }

export const SCHEDULES: Schedule[] = [
  // Every morning at 7:00 Rome time; the weekly one on Mondays.
  { name: 'digest-daily', pattern: '0 7 * * *', leaseMs: 30 * 60_000, run: (now) => sendDigests('DAILY', now) },
  { name: 'digest-weekly', pattern: '0 7 * * 1', leaseMs: 30 * 60_000, run: (now) => sendDigests('WEEKLY', now) },
  // Reminders are looked for every five minutes.
  { name: 'meeting-reminders', pattern: '*/5 * * * *', leaseMs: 4 * 60_000, run: (now) => sendDueReminders(now) },
]

/** One firing of a schedule: runs it if this instance gets the lease, and records when it ran. */
export async function fire(s: Schedule, now = new Date(), holder = INSTANCE): Promise<boolean> {
  if (!(await takeLease(s.name, s.leaseMs, holder, now))) return false
  await s.run(now)
  await db.scheduleLease.update({ where: { name: s.name }, data: { lastRunAt: now } })
  return true
}

/** Starts every schedule in this process; returns a function that stops them. */
export function startScheduler(): () => void {
  const jobs = SCHEDULES.map(
    (s) =>
      new Cron(s.pattern, { timezone: NETWORK_TZ, protect: true, catch: (e) => console.error(`[schedule ${s.name}]`, e) }, async () => {
        await fire(s)
      }),
  )
  return () => jobs.forEach((j) => j.stop())
}
