import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { cancelRegistration, register, waitlistPosition } from '@/server/events/registration'
import { myRegistrations } from '@/server/events/queries'
import { cancelEvent, createEvent, extendSeries, registerForEvent, updateEvent } from '@/server/events/commands'
import { createEventSchema, updateEventSchema } from '@/lib/validations/events'
import { data, errorOf, member } from './helpers'

const provider = env().provider
const uid = () => Math.random().toString(36).slice(2, 10)

async function users(n: number) {
  const tag = uid()
  await db.user.createMany({ data: Array.from({ length: n }, (_, i) => ({ email: `ev-${tag}-${i}@test.invalid`, name: `Ev ${i}`, handle: `ev.${tag}.${i}`, passwordHash: 'x' })) })
  return (await db.user.findMany({ where: { email: { startsWith: `ev-${tag}-` } }, select: { id: true }, orderBy: { email: 'asc' } })).map((u) => u.id)
}

async function event(capacity: number | null, organiserId: string, extra: Record<string, unknown> = {}) {
  return db.event.create({
    data: { title: `Tavolo tecnico ${uid()}`, type: 'WORKING_GROUP', description: 'x', startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), capacity, organiserId, ...extra },
  })
}
const hybrid = { address: 'Sala consiliare', onlineUrl: 'https://meet.example/plenaria' }

afterAll(() => db.$disconnect())

describe(`event registration (${provider})`, () => {
  it('never overbooks: 200 simultaneous registrations for 50 seats → 50 confirmed, 150 waitlisted', async () => {
    const ids = await users(200)
    const ev = await event(50, ids[0]!)
    const outcomes = await Promise.all(ids.map((u) => register(ev.id, u)))
    expect(outcomes.filter((o) => o === 'CONFIRMED')).toHaveLength(50)
    expect(outcomes.filter((o) => o === 'WAITLISTED')).toHaveLength(150)
    expect(await db.eventRegistration.count({ where: { eventId: ev.id, status: 'CONFIRMED' } })).toBe(50)
    expect((await db.event.findUniqueOrThrow({ where: { id: ev.id } })).confirmedCount).toBe(50)

    // Three confirmed attendees cancel at once: the first three on the waitlist are promoted, once each.
    const confirmed = (await db.eventRegistration.findMany({ where: { eventId: ev.id, status: 'CONFIRMED' }, select: { userId: true }, take: 3 })).map((r) => r.userId)
    const firstWaiting = (await db.eventRegistration.findMany({ where: { eventId: ev.id, status: 'WAITLISTED' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 3 })).map((r) => r.userId)
    const results = await Promise.all(confirmed.map((u) => cancelRegistration(ev.id, u)))
    expect(results.map((r) => r.promotedUserId).sort()).toEqual([...firstWaiting].sort())
    expect(await db.eventRegistration.count({ where: { eventId: ev.id, status: 'CONFIRMED' } })).toBe(50)
    expect(await db.notification.count({ where: { userId: { in: firstWaiting }, kind: 'EVENT_PROMOTED' } })).toBe(3)
  })

  it('keeps the waitlist in order and frees a seat when nobody waits', async () => {
    const [org, a, b, c] = await users(4)
    const ev = await event(1, org!)
    expect(await register(ev.id, a!)).toBe('CONFIRMED')
    expect(await register(ev.id, b!)).toBe('WAITLISTED')
    expect(await register(ev.id, c!)).toBe('WAITLISTED')
    expect(await register(ev.id, b!)).toBe('WAITLISTED')
    expect(await waitlistPosition(ev.id, c!)).toBe(2)
    expect((await cancelRegistration(ev.id, b!)).cancelled).toBe(true)
    expect(await waitlistPosition(ev.id, c!)).toBe(1)
    expect((await cancelRegistration(ev.id, a!)).promotedUserId).toBe(c)
    expect((await cancelRegistration(ev.id, c!)).promotedUserId).toBeUndefined()
    expect((await db.event.findUniqueOrThrow({ where: { id: ev.id } })).confirmedCount).toBe(0)
    expect(await register(ev.id, a!)).toBe('CONFIRMED')
  })

  it('refuses registrations to cancelled, past or closed events', async () => {
    const [org, a] = await users(2)
    const ev = await event(null, org!)
    await db.event.update({ where: { id: ev.id }, data: { registrationDeadline: new Date(Date.now() - 1000) } })
    expect(await register(ev.id, a!)).toBe('closed')
    await db.event.update({ where: { id: ev.id }, data: { registrationDeadline: null, status: 'CANCELLED' } })
    expect(await register(ev.id, a!)).toBe('closed')
    expect(await register('no-such-event', a!)).toBe('notFound')
  })
})

describe(`hybrid meetings: seats in the room and online, apart (${provider})`, () => {
  it('200 simultaneous registrations split across modes: never more than each mode\'s seats, waitlists per mode', async () => {
    const ids = await users(200)
    const ev = await event(30, ids[0]!, { ...hybrid, onlineCapacity: 50 })
    const outcomes = await Promise.all(ids.map((u, i) => register(ev.id, u, { mode: i % 2 ? 'ONLINE' : 'IN_PERSON' })))
    const of = (mode: string, status: string) => outcomes.filter((o, i) => (i % 2 ? 'ONLINE' : 'IN_PERSON') === mode && o === status).length
    expect([of('IN_PERSON', 'CONFIRMED'), of('IN_PERSON', 'WAITLISTED'), of('ONLINE', 'CONFIRMED'), of('ONLINE', 'WAITLISTED')]).toEqual([30, 70, 50, 50])
    const row = await db.event.findUniqueOrThrow({ where: { id: ev.id } })
    expect([row.confirmedCount, row.onlineConfirmedCount]).toEqual([30, 50])
    const count = (mode: 'IN_PERSON' | 'ONLINE', status: 'CONFIRMED' | 'WAITLISTED') => db.eventRegistration.count({ where: { eventId: ev.id, mode, status } })
    expect([await count('IN_PERSON', 'CONFIRMED'), await count('ONLINE', 'CONFIRMED')]).toEqual([30, 50])

    // An online seat freed goes to the first on the online waitlist, not to someone waiting for the room.
    const onlineConfirmed = await db.eventRegistration.findFirstOrThrow({ where: { eventId: ev.id, mode: 'ONLINE', status: 'CONFIRMED' } })
    const firstOnline = await db.eventRegistration.findFirstOrThrow({ where: { eventId: ev.id, mode: 'ONLINE', status: 'WAITLISTED' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
    expect((await cancelRegistration(ev.id, onlineConfirmed.userId)).promotedUserId).toBe(firstOnline.userId)
    // Positions count within one mode's waitlist: the 49 still waiting online are 1…49, each once.
    const waiting = await db.eventRegistration.findMany({ where: { eventId: ev.id, mode: 'ONLINE', status: 'WAITLISTED' }, select: { userId: true } })
    const positions = await Promise.all(waiting.map((w) => waitlistPosition(ev.id, w.userId)))
    expect(positions.sort((x, y) => x! - y!)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1))
  })

  it("a member's list gives each waitlisted meeting the same place as the per-meeting count, ties on the clock included", async () => {
    const [org, me, x, y, z] = await users(5)
    const full = await Promise.all([event(1, org!, hybrid), event(1, org!, { ...hybrid, onlineCapacity: 1 }), event(1, org!)])
    const [a, b, c] = full
    // a: room full, I wait second in the room queue behind x (same clock tick as x: the id decides).
    await register(a!.id, z!)
    const tick = new Date(Date.now() - 60_000)
    await register(a!.id, x!)
    await register(a!.id, me!)
    await db.eventRegistration.updateMany({ where: { eventId: a!.id, userId: { in: [x!, me!] } }, data: { createdAt: tick } })
    // b: online full, one ahead of me online and one waiting for the room (another queue).
    await register(b!.id, z!, { mode: 'ONLINE' })
    await register(b!.id, y!, { mode: 'ONLINE' })
    await register(b!.id, x!, { mode: 'IN_PERSON' })
    await register(b!.id, org!, { mode: 'IN_PERSON' })
    await register(b!.id, me!, { mode: 'ONLINE' })
    // c: I hold the seat.
    await register(c!.id, me!)

    const mine = await myRegistrations(me!)
    const byEvent = new Map(mine.map((r) => [r.event.id, r]))
    for (const ev of full) expect(byEvent.get(ev!.id)!.position).toBe(await waitlistPosition(ev!.id, me!))
    expect(byEvent.get(b!.id)!.position).toBe(2)
    expect(byEvent.get(c!.id)).toMatchObject({ status: 'CONFIRMED', position: null })
  })

  it('online may be unlimited: with the room full, an online participant is confirmed, not waitlisted', async () => {
    const [org, a, b, c] = await users(4)
    const ev = await event(1, org!, hybrid)
    expect(await register(ev.id, a!)).toBe('CONFIRMED') // the room is the first mode
    expect(await register(ev.id, b!, { mode: 'IN_PERSON' })).toBe('WAITLISTED')
    expect(await register(ev.id, c!, { mode: 'ONLINE' })).toBe('CONFIRMED')
    expect(await register(ev.id, c!, { mode: 'ONLINE' })).toBe('CONFIRMED')
    // An online-only meeting has no room; a room-only meeting has no link.
    const online = await event(null, org!, { onlineUrl: 'https://meet.example/x', onlineCapacity: 5 })
    expect(await register(online.id, a!, { mode: 'IN_PERSON' })).toBe('modeUnavailable')
    expect(await register(online.id, a!)).toBe('CONFIRMED')
    expect((await db.eventRegistration.findFirstOrThrow({ where: { eventId: online.id, userId: a! } })).mode).toBe('ONLINE')
  })

  it('switching mode: moves while seats allow, frees the old seat for its waitlist, keeps a confirmed seat when the other mode is full', async () => {
    const [org, a, b, c, d] = await users(5)
    const ev = await event(1, org!, { ...hybrid, onlineCapacity: 1 })
    expect(await register(ev.id, a!, { mode: 'IN_PERSON' })).toBe('CONFIRMED')
    expect(await register(ev.id, b!, { mode: 'IN_PERSON' })).toBe('WAITLISTED')
    // a moves online (a place is free): the room seat goes to b, who was waiting for it.
    expect(await register(ev.id, a!, { mode: 'ONLINE' })).toBe('CONFIRMED')
    expect((await db.eventRegistration.findFirstOrThrow({ where: { eventId: ev.id, userId: b! } })).status).toBe('CONFIRMED')
    let row = await db.event.findUniqueOrThrow({ where: { id: ev.id } })
    expect([row.confirmedCount, row.onlineConfirmedCount]).toEqual([1, 1])
    // Both modes full: b cannot move and keeps the seat in the room.
    expect(await register(ev.id, b!, { mode: 'ONLINE' })).toBe('full')
    expect((await db.eventRegistration.findFirstOrThrow({ where: { eventId: ev.id, userId: b! } })).mode).toBe('IN_PERSON')
    // c waits for the room, then prefers to wait online: c goes to the end of the online waitlist.
    expect(await register(ev.id, c!, { mode: 'IN_PERSON' })).toBe('WAITLISTED')
    expect(await register(ev.id, d!, { mode: 'ONLINE' })).toBe('WAITLISTED')
    expect(await register(ev.id, c!, { mode: 'ONLINE' })).toBe('WAITLISTED')
    expect(await waitlistPosition(ev.id, c!)).toBe(2)
    // a cancels: the online place goes to d (first online), the counts stay exact.
    expect((await cancelRegistration(ev.id, a!)).promotedUserId).toBe(d)
    row = await db.event.findUniqueOrThrow({ where: { id: ev.id } })
    expect([row.confirmedCount, row.onlineConfirmedCount]).toEqual([1, 1])
  })
})

describe(`event commands (${provider})`, () => {
  const form = (extra: Record<string, unknown>) =>
    createEventSchema.parse({
      title: `Tavolo EMAS ${uid()}`, type: 'WORKING_GROUP', description: '**Programma**: verifica', startsAt: '2027-03-02T17:00', endsAt: '2027-03-02T19:00',
      address: 'Sala consiliare', city: 'Prato', regionId: 'toscana', onlineUrl: '', capacity: '30', registrationDeadline: '2027-03-01T12:00',
      organisationId: '', clusterId: '', caseStudySlug: '', recurrence: 'NONE', occurrences: '', ...extra,
    })

  it('creates a weekly series; editing "this and the following" retimes later dates, tells their attendees and mails them', async () => {
    const [organiser, attendee, stranger] = [await member('ORGANISER'), await member('MEMBER', { name: 'Iscritta Serie' }), await member('ORGANISER')]
    const input = form({ recurrence: 'WEEKLY', occurrences: '3' })
    const { eventId } = data(await createEvent(input, organiser))
    const series = await db.event.findMany({ where: { seriesId: eventId }, orderBy: { startsAt: 'asc' }, select: { id: true, startsAt: true, registrationDeadline: true } })
    expect(series).toHaveLength(3)
    expect(series.map((e) => e.startsAt.toISOString())).toEqual(['2027-03-02T16:00:00.000Z', '2027-03-09T16:00:00.000Z', '2027-03-16T16:00:00.000Z'])
    const third = series[2]!
    expect(third.registrationDeadline!.toISOString()).toBe('2027-03-15T11:00:00.000Z')
    expect(data(await registerForEvent({ eventId: third.id }, attendee)).status).toBe('CONFIRMED')

    const moved = updateEventSchema.parse({ ...rawOf(input.title), eventId, scope: 'following', startsAt: '2027-03-02T18:00', endsAt: '2027-03-02T20:00' })
    expect(errorOf(await updateEvent(moved, stranger))).toBe('forbidden')
    const mailsBefore = await db.outboxMail.count({ where: { to: attendee.email } })
    data(await updateEvent(moved, organiser))
    const after = await db.event.findMany({ where: { seriesId: eventId }, orderBy: { startsAt: 'asc' }, select: { startsAt: true, sequence: true } })
    // Each date keeps its day and takes the new Rome time (17:00 UTC = 18:00 in Rome in March).
    expect(after.map((e) => e.startsAt.toISOString())).toEqual(['2027-03-02T17:00:00.000Z', '2027-03-09T17:00:00.000Z', '2027-03-16T17:00:00.000Z'])
    expect(after.every((e) => e.sequence === 1)).toBe(true)
    expect(await db.notification.count({ where: { userId: attendee.id, kind: 'EVENT_CHANGED' } })).toBe(1)
    const mails = await db.outboxMail.findMany({ where: { to: attendee.email }, orderBy: { createdAt: 'asc' }, select: { subject: true, text: true } })
    expect(mails).toHaveLength(mailsBefore + 1)
    expect(mails.at(-1)!.text).toContain('Iscritta Serie')
  })

  it('cancels one date: its registrants are told in the app and by mail, others are not', async () => {
    const [organiser, a, b] = [await member('ORGANISER'), await member(), await member()]
    const { eventId } = data(await createEvent(form({ recurrence: 'WEEKLY', occurrences: '2' }), organiser))
    const second = (await db.event.findFirstOrThrow({ where: { seriesId: eventId, id: { not: eventId } }, select: { id: true } })).id
    data(await registerForEvent({ eventId }, a))
    data(await registerForEvent({ eventId: second }, b))
    data(await cancelEvent({ eventId }, organiser))
    expect((await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { status: true } })).status).toBe('CANCELLED')
    expect(await db.notification.count({ where: { userId: a.id, kind: 'EVENT_CANCELLED' } })).toBe(1)
    expect(await db.notification.count({ where: { userId: b.id, kind: 'EVENT_CANCELLED' } })).toBe(0)
    // Each was mailed their registration; only a the cancellation.
    expect((await db.outboxMail.findMany({ where: { to: a.email }, select: { kind: true } })).map((m) => m.kind).sort()).toEqual(['EVENT_CANCELLED', 'EVENT_CONFIRMED'])
    expect((await db.outboxMail.findMany({ where: { to: b.email }, select: { kind: true } })).map((m) => m.kind)).toEqual(['EVENT_CONFIRMED'])
    expect(errorOf(await registerForEvent({ eventId }, b))).toBe('registrationClosed')
  })

  it('cancels a whole series, or the following dates, in one step; each attendee is told once (issue 17)', async () => {
    const [organiser, a, b] = [await member('ORGANISER'), await member(), await member()]
    const { eventId } = data(await createEvent(form({ recurrence: 'WEEKLY', occurrences: '4' }), organiser))
    const dates = await db.event.findMany({ where: { seriesId: eventId }, orderBy: { startsAt: 'asc' }, select: { id: true } })
    for (const d of dates) data(await registerForEvent({ eventId: d.id }, a)) // a comes to all four
    data(await registerForEvent({ eventId: dates[0]!.id }, b)) // b only to the first

    // "This and the following" from the third date: dates 3 and 4 only; a is told once, b not at all.
    expect(data(await cancelEvent({ eventId: dates[2]!.id, scope: 'following' }, organiser)).cancelled).toBe(2)
    const status = async () => (await db.event.findMany({ where: { seriesId: eventId }, orderBy: { startsAt: 'asc' }, select: { status: true, sequence: true } }))
    expect((await status()).map((e) => e.status)).toEqual(['SCHEDULED', 'SCHEDULED', 'CANCELLED', 'CANCELLED'])
    expect(await db.notification.count({ where: { userId: a.id, kind: 'EVENT_CANCELLED' } })).toBe(1)
    expect(await db.outboxMail.count({ where: { to: a.email, kind: 'EVENT_CANCELLED' } })).toBe(1)
    expect(await db.notification.count({ where: { userId: b.id, kind: 'EVENT_CANCELLED' } })).toBe(0)

    // The whole series ahead: the two dates left; a and b are each told once more.
    expect(data(await cancelEvent({ eventId: dates[1]!.id, scope: 'series' }, organiser)).cancelled).toBe(2)
    expect((await status()).every((e) => e.status === 'CANCELLED' && e.sequence === 1)).toBe(true)
    expect(await db.notification.count({ where: { userId: a.id, kind: 'EVENT_CANCELLED' } })).toBe(2)
    expect(await db.notification.count({ where: { userId: b.id, kind: 'EVENT_CANCELLED' } })).toBe(1)
  })

  it('extends a series by N dates after its last, with the last date\'s details; the feed\'s rule grows (issue 17)', async () => {
    const [organiser, stranger] = [await member('ORGANISER'), await member()]
    const { eventId } = data(await createEvent(form({ recurrence: 'WEEKLY', occurrences: '2', capacity: '12' }), organiser))
    const last = await db.event.findFirstOrThrow({ where: { seriesId: eventId }, orderBy: { startsAt: 'desc' } })
    await db.event.update({ where: { id: last.id }, data: { address: 'Sala nuova', city: 'Prato', description: last.description } })
    expect(errorOf(await extendSeries({ eventId, count: 3 }, stranger))).toBe('forbidden')
    expect(data(await extendSeries({ eventId: last.id, count: 3 }, organiser)).added).toBe(3)
    const all = await db.event.findMany({ where: { seriesId: eventId }, orderBy: { startsAt: 'asc' } })
    expect(all.map((e) => e.startsAt.toISOString())).toEqual([
      '2027-03-02T16:00:00.000Z',
      '2027-03-09T16:00:00.000Z',
      '2027-03-16T16:00:00.000Z',
      '2027-03-23T16:00:00.000Z',
      // Daylight saving time starts on 28 March: still 17:00 in Rome.
      '2027-03-30T15:00:00.000Z',
    ])
    expect(all.slice(2).every((e) => e.address === 'Sala nuova' && e.capacity === 12 && e.confirmedCount === 0 && e.sequence === 0)).toBe(true)
    expect(all[0]!.recurrenceRule).toBe('FREQ=WEEKLY;COUNT=5')
    // The feed publishes the longer rule, and no override for the new dates.
    const { buildCalendar } = await import('@/lib/ical')
    const { eventsForFeed } = await import('@/server/events/queries')
    const ics = buildCalendar('t', (await eventsForFeed()).filter((e) => e.seriesId === eventId), (id) => id)
    expect(ics).toContain('RRULE:FREQ=WEEKLY;COUNT=5')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1) // the series alone: no date has changed since it was made
    expect(errorOf(await extendSeries({ eventId, count: 56 }, organiser))).toBe('extendInvalid') // 61 dates in all
  })

  it('refuses links to things that do not exist, next to the field', async () => {
    const organiser = await member('ORGANISER')
    expect(await createEvent(form({ clusterId: 'nope', caseStudySlug: 'no-such-case' }), organiser)).toEqual({
      ok: false,
      fieldErrors: { clusterId: 'clusterUnknown', caseStudySlug: 'caseStudyUnknown' },
    })
  })

  it('attributes a meeting only to an organisation the organiser is a confirmed member of (issue 12)', async () => {
    const organiser = await member('ORGANISER')
    const org = await db.organisation.create({ data: { slug: `org-${uid()}`, name: 'Consorzio', type: 'SME' }, select: { id: true } })
    expect(await createEvent(form({ organisationId: org.id }), organiser)).toEqual({ ok: false, fieldErrors: { organisationId: 'organisationNotYours' } })
    await db.membership.create({ data: { userId: organiser.id, organisationId: org.id } })
    expect(errorOf(await createEvent(form({ organisationId: org.id }), organiser))).toBe('organisationNotYours')
    await db.membership.update({ where: { userId_organisationId: { userId: organiser.id, organisationId: org.id } }, data: { confirmedAt: new Date() } })
    data(await createEvent(form({ organisationId: org.id }), organiser))
  })
})

/** The raw form fields of an event, to parse a changed copy (the schema works on what the form sends). */
function rawOf(title: string) {
  return {
    title, type: 'WORKING_GROUP', description: '**Programma**: verifica', address: 'Sala consiliare', city: 'Prato', regionId: 'toscana', onlineUrl: '', capacity: '30',
    registrationDeadline: '2027-03-01T12:00', organisationId: '', clusterId: '', caseStudySlug: '',
  }
}
