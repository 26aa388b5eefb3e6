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

describe('event form: every error at once', () => {
  const errors = (input: Record<string, unknown>) => {
    const r = eventSchema.safeParse(input)
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]).reverse()) // the first per field, as forms show
  }
  it('reports wrong fields and wrong dates in the same submission (issue 17)', () => {
    const e = errors({
      ...base,
      onlineUrl: 'http://non-sicuro.example',
      capacity: 'tanti',
      startsAt: '2027-03-02T10:00',
      endsAt: '2027-03-02T09:00',
      registrationDeadline: '2027-03-03T10:00',
    })
    expect(e).toEqual({
      onlineUrl: 'urlInvalid',
      capacity: 'capacityInvalid',
      endsAt: 'endBeforeStart',
      registrationDeadline: 'deadlineAfterStart',
    })
  })
  it('asks for a place or a link even when the title is missing', () => {
    expect(errors({ ...base, title: '', address: '' })).toEqual({ title: 'required', address: 'placeOrLink' })
  })
  it('keeps room seats and online places apart; a mode the meeting lacks has no seats', () => {
    const hybrid = eventSchema.parse({ ...base, onlineUrl: 'https://meet.example/x', capacity: '3', onlineCapacity: '' })
    expect([hybrid.capacity, hybrid.onlineCapacity]).toEqual([3, null])
    const online = eventSchema.parse({ ...base, address: '', onlineUrl: 'https://meet.example/x', capacity: '3', onlineCapacity: '100' })
    expect([online.capacity, online.onlineCapacity]).toEqual([null, 100])
    expect(eventSchema.parse({ ...base, capacity: '3', onlineCapacity: '9' }).onlineCapacity).toBeNull()
  })
})
