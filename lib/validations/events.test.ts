import { describe, expect, it } from 'vitest'
import { eventSchema } from './events'

const base = {
  title: 'Plenaria',
  type: 'PLENARY',
  description: 'x',
  startsAt: '2026-12-02T10:00',
  endsAt: '2026-12-03T09:00',
  address: 'Via Roma 1',
  city: '',
  regionId: '',
  onlineUrl: '',
  capacity: '',
  registrationDeadline: '',
  organisationId: '',
  clusterId: '',
  caseStudySlug: '',
}

describe('event validation', () => {
  it('a whole-day event runs from Rome midnight of its first day to Rome midnight after its last', () => {
    const e = eventSchema.parse({ ...base, allDay: 'on' })
    expect(e.startsAt.toISOString()).toBe('2026-12-01T23:00:00.000Z')
    expect(e.endsAt.toISOString()).toBe('2026-12-03T23:00:00.000Z')
    // A one-day event in summer time: midnight is 22:00 UTC.
    const s = eventSchema.parse({ ...base, startsAt: '2027-07-01T09:00', endsAt: '2027-07-01T09:00', allDay: 'on' })
    expect([s.startsAt.toISOString(), s.endsAt.toISOString()]).toEqual(['2027-06-30T22:00:00.000Z', '2027-07-01T22:00:00.000Z'])
  })
  it('keeps times as typed when not whole-day, and refuses an end before the start', () => {
    expect(eventSchema.parse(base).startsAt.toISOString()).toBe('2026-12-02T09:00:00.000Z')
    const r = eventSchema.safeParse({ ...base, endsAt: '2026-12-02T09:00' })
    expect(r.success).toBe(false)
  })
})
