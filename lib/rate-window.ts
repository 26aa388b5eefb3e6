// Pure fixed-window arithmetic for the database-backed rate limiter (server/rate-limit.ts).

export type Window = { limit: number; windowMs: number }

export function windowActive(windowStart: Date, windowMs: number, now: Date): boolean {
  return now.getTime() - windowStart.getTime() < windowMs
}

/** How long until the window that started at windowStart ends (ms, never negative). */
export function retryAfterMs(windowStart: Date, windowMs: number, now: Date): number {
  return Math.max(0, windowStart.getTime() + windowMs - now.getTime())
}

export const LIMITS = {
  // Failed sign-ins are counted per account *and address*: a stranger elsewhere cannot lock a member out
  // (issue 12, OWASP ASVS 5.0 V6.3); one address trying many accounts is held by signInPerAddress.
  signInPerAccountAndAddress: { limit: 5, windowMs: 15 * 60_000 },
  signInPerAddress: { limit: 20, windowMs: 15 * 60_000 },
  registerPerAddress: { limit: 10, windowMs: 60 * 60_000 },
  mailPerAccount: { limit: 3, windowMs: 60 * 60_000 },
  mailPerAddress: { limit: 10, windowMs: 60 * 60_000 },
  flagsPerMember: { limit: 20, windowMs: 60 * 60_000 },
  adhesionsPerMember: { limit: 3, windowMs: 24 * 60 * 60_000 },
  uploadsPerMember: { limit: 20, windowMs: 60 * 60_000 },
  practicesPerMember: { limit: 30, windowMs: 60 * 60_000 },
} satisfies Record<string, Window>
