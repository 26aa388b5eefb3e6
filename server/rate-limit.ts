import 'server-only'
import { db } from '@/server/db'
import { retryAfterMs, windowActive, type Window } from '@/lib/rate-window'

/**
 * Fixed-window counters in the database, so that every app instance shares them.
 * hit() counts one event; over() tells whether a key has used up its window.
 */
export async function hit(key: string, w: Window, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - w.windowMs)
  const bumped = await db.rateLimitBucket.updateMany({
    where: { key, windowStart: { gt: cutoff } },
    data: { count: { increment: 1 } },
  })
  if (bumped.count === 1) {
    const row = await db.rateLimitBucket.findUnique({ where: { key }, select: { count: true } })
    return row?.count ?? 1
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await db.rateLimitBucket.upsert({
        where: { key },
        create: { key, count: 1, windowStart: now },
        update: { count: 1, windowStart: now },
      })
      return 1
    } catch (e) {
      // Two first hits at once: the loser retries as an update.
      if (attempt >= 2) throw e
    }
  }
}

export async function over(key: string, w: Window, now = new Date()): Promise<{ limited: boolean; retryAfterMs: number }> {
  const row = await db.rateLimitBucket.findUnique({ where: { key }, select: { count: true, windowStart: true } })
  if (!row || !windowActive(row.windowStart, w.windowMs, now) || row.count < w.limit) return { limited: false, retryAfterMs: 0 }
  return { limited: true, retryAfterMs: retryAfterMs(row.windowStart, w.windowMs, now) }
}

/**
 * Counts one event; when it goes over the limit, the whole minutes to wait until the window ends (at least 1),
 * else null — for a refusal that says how long to wait.
 */
export async function limited(key: string, w: Window, now = new Date()): Promise<number | null> {
  if ((await hit(key, w, now)) <= w.limit) return null
  const row = await db.rateLimitBucket.findUnique({ where: { key }, select: { windowStart: true } })
  return Math.max(1, Math.ceil((row ? retryAfterMs(row.windowStart, w.windowMs, now) : w.windowMs) / 60_000))
}

/** Counts one event and tells whether it went over the limit. */
export async function take(key: string, w: Window, now = new Date()): Promise<boolean> {
  return (await hit(key, w, now)) > w.limit
}

export async function clear(key: string) {
  await db.rateLimitBucket.deleteMany({ where: { key } })
}

/** Clears every counter whose key starts with `prefix` (e.g. all of one account's sign-in pairs). */
export async function clearPrefix(prefix: string) {
  await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: prefix } } })
}
