import { describe, expect, it } from 'vitest'
import { retryAfterMs, windowActive } from './rate-window'

describe('fixed window', () => {
  const start = new Date('2026-03-29T00:59:00Z')
  it('is active until windowMs has passed', () => {
    expect(windowActive(start, 60_000, new Date('2026-03-29T00:59:59Z'))).toBe(true)
    expect(windowActive(start, 60_000, new Date('2026-03-29T01:00:00Z'))).toBe(false)
  })
  it('tells how long to wait, never negative', () => {
    expect(retryAfterMs(start, 60_000, new Date('2026-03-29T00:59:30Z'))).toBe(30_000)
    expect(retryAfterMs(start, 60_000, new Date('2026-03-29T02:00:00Z'))).toBe(0)
  })
})
