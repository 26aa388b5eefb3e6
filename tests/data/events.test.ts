import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { cancelRegistration, register, waitlistPosition } from '@/server/events/registration'

const provider = env().provider
const uid = () => Math.random().toString(36).slice(2, 10)

async function users(n: number) {
  const tag = uid()
  await db.user.createMany({ data: Array.from({ length: n }, (_, i) => ({ email: `ev-${tag}-${i}@test.invalid`, name: `Ev ${i}`, handle: `ev.${tag}.${i}`, passwordHash: 'x' })) })
  return (await db.user.findMany({ where: { email: { startsWith: `ev-${tag}-` } }, select: { id: true }, orderBy: { email: 'asc' } })).map((u) => u.id)
}

async function event(capacity: number | null, organiserId: string) {
  return db.event.create({
    data: { title: `Tavolo tecnico ${uid()}`, type: 'WORKING_GROUP', description: 'x', startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), capacity, organiserId },
  })
}

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
