import { describe, expect, it } from 'vitest'
import { romeLocalToUtc, romeOffset, utcToRomeLocal } from './dates'

describe('Rome wall-clock ↔ UTC', () => {
  it('uses CET in winter and CEST in summer', () => {
    expect(romeLocalToUtc('2026-01-15T10:00')!.toISOString()).toBe('2026-01-15T09:00:00.000Z')
    expect(romeLocalToUtc('2026-07-15T10:00')!.toISOString()).toBe('2026-07-15T08:00:00.000Z')
    expect(romeOffset(new Date('2026-01-15T09:00:00Z'))).toBe('+01:00')
    expect(romeOffset(new Date('2026-07-15T08:00:00Z'))).toBe('+02:00')
  })
  it('is correct on both sides of the 2026 changes (29 March, 25 October)', () => {
    expect(romeLocalToUtc('2026-03-29T01:30')!.toISOString()).toBe('2026-03-29T00:30:00.000Z')
    expect(romeLocalToUtc('2026-03-29T03:30')!.toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(romeLocalToUtc('2026-10-25T01:30')!.toISOString()).toBe('2026-10-24T23:30:00.000Z')
    expect(romeLocalToUtc('2026-10-25T03:30')!.toISOString()).toBe('2026-10-25T02:30:00.000Z')
  })
  it('moves a time inside the spring gap forward, and never returns garbage', () => {
    const gap = romeLocalToUtc('2026-03-29T02:30')!
    expect(utcToRomeLocal(gap)).toBe('2026-03-29T03:30')
    expect(romeLocalToUtc('2026-02-31T10:00')).toBeNull()
    expect(romeLocalToUtc('not a date')).toBeNull()
    expect(romeLocalToUtc('2026-13-01T10:00')).toBeNull()
  })
  it('round-trips', () => {
    for (const local of ['2026-01-01T00:00', '2026-06-30T23:59', '2026-10-25T04:00', '2027-03-28T12:00'])
      expect(utcToRomeLocal(romeLocalToUtc(local)!)).toBe(local)
  })
})

describe('typed dates out of range (issue 12)', () => {
  it.each(['0000-01-01T10:00', '0099-05-01T10:00', '1969-12-31T23:59', '2200-01-01T00:00'])('refuses %s', (v) => {
    expect(romeLocalToUtc(v)).toBeNull()
  })
  it('accepts the range edges', () => {
    expect(romeLocalToUtc('1970-01-01T10:00')).not.toBeNull()
    expect(romeLocalToUtc('2199-12-31T10:00')).not.toBeNull()
  })
})
