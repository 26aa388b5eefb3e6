import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db, type Prisma } from '@/server/db'
import { env } from '@/server/env'
import { CLUSTERS, REGIONS, seedDemo, seedReference } from '@/server/seed'
import { hashPassword } from '@/server/auth/password'
import { authenticate } from '@/server/auth/options'
import { consumeToken, issueToken, peekToken } from '@/server/auth/tokens'
import { hit, over, take } from '@/server/rate-limit'
import { LIMITS } from '@/lib/rate-window'

const provider = env().provider
const unique = () => Math.random().toString(36).slice(2, 10)

async function makeUser(overrides: Partial<Prisma.UserCreateInput> = {}) {
  return db.user.create({
    data: {
      email: `u-${unique()}@test.invalid`,
      name: 'Test User',
      passwordHash: await hashPassword('Correct-horse-9'),
      emailConfirmedAt: new Date(),
      ...overrides,
    },
  })
}

beforeAll(async () => {
  await seedReference()
})
afterAll(async () => {
  await db.$disconnect()
})

describe(`migrations (${provider})`, () => {
  it('match prisma/schema.prisma for this provider', () => {
    const out = execFileSync(process.execPath, ['scripts/db.mjs', 'check', `--provider=${provider}`], { encoding: 'utf8', env: process.env })
    expect(out).toContain(`${provider} migrations match the schema`)
  })
})

describe(`reference data (${provider})`, () => {
  it('seeds Italy’s 20 regions and the districts of the domain facts, idempotently', async () => {
    await seedReference()
    await seedReference()
    expect(await db.region.count()).toBe(20)
    expect(REGIONS.map((r) => r.istatCode)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')))
    // Other tests add clusters of their own: count the seeded ones by slug, each exactly once.
    expect(await db.cluster.count({ where: { slug: { in: CLUSTERS.map((c) => c.slug) } } })).toBe(CLUSTERS.length)
    const livenza = await db.cluster.findUnique({ where: { slug: 'distretto-mobile-livenza' }, select: { regionId: true, isDemo: true } })
    expect(livenza).toEqual({ regionId: 'friuli-venezia-giulia', isDemo: false })
  })
  it('loads demo data once, marked as demo, and never again', async () => {
    await seedDemo()
    expect(await seedDemo()).toBe(false)
    // One demo account per role, whether this test or an earlier one loaded them.
    expect(await db.user.count({ where: { isDemo: true } })).toBe(4)
    expect(await db.organisation.count({ where: { isDemo: false, slug: { startsWith: 'demo-' } } })).toBe(0)
    // The living network of a fresh install (issue 13): every item says "(demo)", loaded once.
    expect(await db.organisation.count({ where: { isDemo: true, adheredAt: { not: null } } })).toBe(4)
    expect(await db.adhesion.count({ where: { status: 'APPROVED', organisation: { isDemo: true } } })).toBe(4)
    const events = await db.event.findMany({ where: { title: { startsWith: '(demo)' } }, select: { seriesId: true, endsAt: true, materials: { select: { kind: true } } } })
    expect(events).toHaveLength(5)
    expect(events.filter((e) => e.seriesId)).toHaveLength(3)
    const past = events.filter((e) => e.endsAt < new Date())
    expect(past).toHaveLength(1)
    expect(past[0]!.materials.map((m) => m.kind).sort()).toEqual(['DOCUMENT', 'MINUTES'])
    const threads = await db.thread.findMany({ where: { title: { startsWith: '(demo)' } }, select: { postCount: true, _count: { select: { posts: true } } } })
    expect(threads).toHaveLength(2)
    for (const t of threads) expect(t._count.posts).toBe(t.postCount)
  })
})

describe(`users and organisations (${provider})`, () => {
  it('refuses a second account with the same e-mail', async () => {
    const u = await makeUser()
    await expect(makeUser({ email: u.email })).rejects.toMatchObject({ code: 'P2002' })
  })
  it('lets a user belong to several organisations', async () => {
    const u = await makeUser()
    const orgs = await Promise.all(
      ['SME', 'UNIVERSITY'].map((type) =>
        db.organisation.create({ data: { slug: `org-${unique()}`, name: `Org ${unique()}`, type: type as 'SME', regionId: 'toscana' } }),
      ),
    )
    for (const o of orgs) await db.membership.create({ data: { userId: u.id, organisationId: o.id } })
    const withOrgs = await db.user.findUnique({ where: { id: u.id }, select: { memberships: { select: { organisation: { select: { type: true } } } } } })
    expect(withOrgs?.memberships.map((m) => m.organisation.type).sort()).toEqual(['SME', 'UNIVERSITY'])
  })
  it('rejects undefined filters instead of silently dropping them (strictUndefinedChecks)', async () => {
    await expect(db.user.findFirst({ where: { id: undefined as unknown as string } })).rejects.toThrow()
  })
})

describe(`sign-in throttling in the database (${provider})`, () => {
  it('holds an account after 5 failures from one address — even the right password — but not from another (issue 12)', async () => {
    const u = await makeUser()
    const address = `10.0.${Math.floor(Math.random() * 250)}.1`
    for (let i = 0; i < LIMITS.signInPerAccountAndAddress.limit; i++) {
      await expect(authenticate({ email: u.email, password: 'wrong-password' }, address)).rejects.toThrow('invalidCredentials')
    }
    await expect(authenticate({ email: u.email, password: 'Correct-horse-9' }, address)).rejects.toThrow('throttled')
    // The member, elsewhere, is not locked out by a stranger's failures.
    await expect(authenticate({ email: u.email, password: 'Correct-horse-9' }, '10.9.9.8')).resolves.toMatchObject({ id: u.id })
    const other = await makeUser()
    await expect(authenticate({ email: other.email, password: 'Correct-horse-9' }, '10.9.9.9')).resolves.toMatchObject({ id: other.id })
  })
  it('blocks an address after 20 failures across accounts', async () => {
    const address = `10.1.${Math.floor(Math.random() * 250)}.2`
    for (let i = 0; i < LIMITS.signInPerAddress.limit; i++) {
      await expect(authenticate({ email: `nobody-${i}-${unique()}@test.invalid`, password: 'x' }, address)).rejects.toThrow('invalidCredentials')
    }
    const u = await makeUser()
    await expect(authenticate({ email: u.email, password: 'Correct-horse-9' }, address)).rejects.toThrow('throttled')
  })
  it('refuses an account whose address is not confirmed yet (issue 12)', async () => {
    const u = await makeUser({ emailConfirmedAt: null })
    await expect(authenticate({ email: u.email, password: 'Correct-horse-9' }, '10.2.0.2')).rejects.toThrow('emailNotConfirmed')
  })
  it('refuses suspended accounts', async () => {
    const u = await makeUser({ suspendedAt: new Date() })
    await expect(authenticate({ email: u.email, password: 'Correct-horse-9' }, '10.2.0.1')).rejects.toThrow('suspended')
  })
  it('counts concurrent hits without losing any', async () => {
    const key = `test:${unique()}`
    await hit(key, { limit: 100, windowMs: 60_000 })
    await Promise.all(Array.from({ length: 20 }, () => hit(key, { limit: 100, windowMs: 60_000 })))
    const row = await db.rateLimitBucket.findUnique({ where: { key } })
    expect(row?.count).toBe(21)
    expect(await take(key, { limit: 21, windowMs: 60_000 })).toBe(true)
    expect((await over(key, { limit: 22, windowMs: 60_000 })).limited).toBe(true)
    expect((await over(key, { limit: 23, windowMs: 60_000 })).limited).toBe(false)
  })
})

describe(`single-use tokens (${provider})`, () => {
  it('work once even when used concurrently, and only for their purpose', async () => {
    const u = await makeUser()
    const raw = await issueToken(u.id, 'PASSWORD_RESET')
    expect(await peekToken(raw, 'EMAIL_CHANGE')).toBeNull()
    expect(await peekToken(raw, 'PASSWORD_RESET')).toMatchObject({ id: u.id })
    const results = await Promise.all(Array.from({ length: 5 }, () => consumeToken(raw, 'PASSWORD_RESET')))
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await peekToken(raw, 'PASSWORD_RESET')).toBeNull()
  })
  it('voids older tokens when a new one is issued, and expire', async () => {
    const u = await makeUser()
    const old = await issueToken(u.id, 'PASSWORD_RESET')
    const fresh = await issueToken(u.id, 'PASSWORD_RESET')
    expect(await consumeToken(old, 'PASSWORD_RESET')).toBeNull()
    await db.authToken.updateMany({ where: { userId: u.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await consumeToken(fresh, 'PASSWORD_RESET')).toBeNull()
  })
})
