import 'server-only'
import { db } from '@/server/db'
import { deliver } from '@/server/mail'
import { isUnsubscribable, unsubscribeHeaders } from '@/server/notifications/unsubscribe'

// The worker of the durable mail queue (issue 14). It claims due rows with a conditional update — only one worker's
// update matches a row, on SQLite and on PostgreSQL alike, so with several app instances each mail goes out once —
// sends them, and on failure schedules a retry with exponential backoff, until MAX_ATTEMPTS; then the row is FAILED
// with its error, which admins see at /admin/posta.

export const MAX_ATTEMPTS = 6
/** A claimed row stays its worker's for this long; a worker that died mid-send leaves it to the next one after it. */
const LEASE_MS = 60_000

/** 30 s, 1 min, 2 min, 4 min, … up to an hour. */
export const backoffMs = (attempt: number) => Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000)

const due = (now: Date) => ({
  OR: [
    { state: 'QUEUED' as const, nextAttemptAt: { lte: now } },
    { state: 'SENDING' as const, lockedUntil: { lt: now } },
  ],
})

export type DeliveryReport = { sent: number; retried: number; failed: number }

/** Sends the mails that are due, at most `limit`; returns what happened. Safe to run in several processes at once. */
export async function deliverDueMails({
  limit = 25,
  now = () => new Date(),
}: { limit?: number; now?: () => Date } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 }
  const candidates = await db.outboxMail.findMany({
    where: due(now()),
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
    take: limit,
    select: { id: true },
  })
  const one = async (id: string) => {
    const at = now()
    const claim = await db.outboxMail.updateMany({
      where: { id, ...due(at) },
      data: { state: 'SENDING', lockedUntil: new Date(at.getTime() + LEASE_MS), attempts: { increment: 1 } },
    })
    if (claim.count === 0) return // another worker has it
    const job = await db.outboxMail.findUniqueOrThrow({
      where: { id },
      select: { to: true, subject: true, text: true, attempts: true, userId: true, kind: true, locale: true, ics: true },
    })
    // A notification mail carries its one-click unsubscribe (RFC 8058).
    const headers = job.userId && isUnsubscribable(job.kind) ? unsubscribeHeaders(job.userId, job.kind) : undefined
    try {
      await deliver({ ...job, headers })
      await db.outboxMail.update({ where: { id }, data: { state: 'SENT', sentAt: now(), lockedUntil: null, lastError: null } })
      report.sent++
    } catch (e) {
      const error = (e instanceof Error ? e.message : String(e)).slice(0, 1000)
      const failed = job.attempts >= MAX_ATTEMPTS
      await db.outboxMail.update({
        where: { id },
        data: failed
          ? { state: 'FAILED', lockedUntil: null, lastError: error }
          : { state: 'QUEUED', lockedUntil: null, lastError: error, nextAttemptAt: new Date(now().getTime() + backoffMs(job.attempts)) },
      })
      if (failed) report.failed++
      else report.retried++
    }
  }
  // Five at a time: the pooled SMTP transport keeps five connections open.
  for (let i = 0; i < candidates.length; i += 5) await Promise.all(candidates.slice(i, i + 5).map((c) => one(c.id)))
  return report
}

let running: Promise<unknown> | null = null

/**
 * Runs the worker in this process: every `intervalMs`, and soon after a mail is queued here. One pass at a time.
 * Returns a function that stops it.
 */
export function startMailWorker({ intervalMs = 2000 }: { intervalMs?: number } = {}) {
  const pass = () => {
    running ??= deliverDueMails()
      .catch((e) => console.error('[mail worker]', e))
      .finally(() => (running = null))
    return running
  }
  const timer = setInterval(pass, intervalMs)
  timer.unref?.()
  globalThis.__cartesioMailWake = () => void pass()
  void pass()
  return () => {
    clearInterval(timer)
    globalThis.__cartesioMailWake = undefined
  }
}
