import { describe, expect, it } from 'vitest'
import { NextRequest } from 'next/server'
import { cachedTwin } from '@/proxy'

const twin = (url: string, { member = false, method = 'GET' } = {}) =>
  cachedTwin(
    new NextRequest(new URL(url, 'http://localhost'), {
      method,
      headers: member ? { cookie: 'next-auth.session-token=abc' } : {},
    }),
  )

// Issue 15: which plain reads the page cache answers, and for whom.
describe('cached twins (proxy.ts)', () => {
  it('sends visitors and members to the cached thread, with its page as a path segment', () => {
    expect(twin('/forum/t/abc123')).toBe('/it/anon/forum/t/abc123/1')
    expect(twin('/en/forum/t/abc123?from=51', { member: true })).toBe('/en/anon/forum/t/abc123/51')
    expect(twin('/forum/t/abc123?history=2')).toBeNull()
    expect(twin('/forum/t/abc123', { method: 'POST' })).toBeNull()
  })
  it('keeps categories and practices per request for members', () => {
    expect(twin('/forum/c/apea')).toBe('/it/anon/forum/c/apea')
    expect(twin('/forum/c/apea', { member: true })).toBeNull()
    expect(twin('/buone-pratiche/p123')).toBe('/it/anon/practices/p123')
    expect(twin('/buone-pratiche/p123', { member: true })).toBeNull()
  })
  it('never takes the fixed pages next to the practice ids for a practice', () => {
    for (const page of [
      '/buone-pratiche/nuova',
      '/buone-pratiche/mie',
      '/buone-pratiche/revisione',
      '/en/good-practices/new',
      '/en/good-practices/review',
    ])
      expect(twin(page), page).toBeNull()
  })
  it('caches the calendar views without filters only', () => {
    expect(twin('/eventi')).toBe('/it/anon/events')
    expect(twin('/eventi?view=month', { member: true })).toBe('/it/anon/events/month/now')
    expect(twin('/en/events?view=week&week=2026-12-07')).toBe('/en/anon/events/week/2026-12-07')
    expect(twin('/eventi?view=month&month=2026-13x')).toBeNull()
    expect(twin('/eventi?view=month&region=toscana')).toBeNull()
    expect(twin('/eventi?past=1')).toBeNull()
    expect(twin('/eventi?month=2026-12')).toBeNull()
  })
  it('keeps the client router cache-buster', () => {
    expect(twin('/casi-studio?_rsc=x1')).toBe('/it/anon/case-studies?_rsc=x1')
  })
})
