// Test fixtures through the data layer, for the e2e tests; prints JSON.
//   tsx --conditions=react-server scripts/test-fixture.ts user '{"role":"MEMBER"}'
//   … users '{"count":200}'      many members sharing one password (hashed once)
//   … event '{"capacity":50}'    a scheduled event tomorrow, organised by the demo organiser
//         (also "deadlineHours": -2 → a deadline two hours ago; "onlineUrl", "onlineCapacity": a hybrid meeting)
//   … organisation '{"contact":"a@b"}'  an adhered organisation whose contact person is that user
//   … thread '{}'                 a thread with one post, in the first forum category, by the demo admin
// Refuses to touch anything but a throwaway local database.
import crypto from 'node:crypto'
import { env } from '@/server/env'
import { db } from '@/server/db'
import { hashPassword } from '@/server/auth/password'
import { uniqueHandle } from '@/server/accounts/handles'
import type { Role } from '@/lib/policies'

async function main() {
  const e = env()
  const throwaway = e.provider === 'sqlite' ? /\/(\.tmp|tmp)\//.test(e.DATABASE_URL) : /@(127\.0\.0\.1|localhost)[:/]/.test(e.DATABASE_URL)
  if (!throwaway) throw new Error(`test-fixture: refusing to write to a non-throwaway database (${e.DATABASE_URL})`)
  const [kind, json] = process.argv.slice(2)
  if (kind === 'users') return manyUsers(JSON.parse(json ?? '{}'))
  if (kind === 'event') return event(JSON.parse(json ?? '{}'))
  if (kind === 'thread') return thread()
  if (kind === 'organisation') return organisation(JSON.parse(json ?? '{}'))
  if (kind !== 'user') throw new Error("usage: test-fixture.ts user|users|event|thread '{…}'")
  const opts = JSON.parse(json ?? '{}') as {
    role?: Role
    name?: string
    email?: string
    password?: string
    locale?: 'it' | 'en'
    /** The name of an organisation the user is a confirmed member of. */
    memberOf?: string
  }
  const id = crypto.randomBytes(4).toString('hex')
  const user = {
    email: opts.email ?? `e2e-${id}@test.invalid`,
    name: opts.name ?? `Utente Prova ${id}`,
    password: opts.password ?? `Prova-${id}-Cartesio`,
  }
  const handle = await uniqueHandle(user.name)
  const created = await db.user.create({
    select: { id: true },
    data: {
      email: user.email,
      name: user.name,
      handle,
      role: opts.role ?? 'MEMBER',
      locale: opts.locale ?? 'it',
      passwordHash: await hashPassword(user.password),
      emailConfirmedAt: new Date(),
    },
  })
  if (opts.memberOf) {
    const org = await db.organisation.findFirstOrThrow({ where: { name: opts.memberOf }, select: { id: true } })
    await db.membership.create({ data: { userId: created.id, organisationId: org.id, confirmedAt: new Date() } })
  }
  console.log(JSON.stringify({ ...user, handle }))
  await db.$disconnect()
}

async function manyUsers({ count = 10 }: { count?: number }) {
  const tag = crypto.randomBytes(4).toString('hex')
  const password = `Prova-${tag}-Cartesio`
  const passwordHash = await hashPassword(password)
  const users = Array.from({ length: Math.min(count, 1000) }, (_, i) => ({
    email: `e2e-${tag}-${i}@test.invalid`,
    name: `Utente ${tag} ${i}`,
    handle: `u.${tag}.${i}`,
    passwordHash,
    emailConfirmedAt: new Date(),
  }))
  await db.user.createMany({ data: users })
  console.log(JSON.stringify({ password, emails: users.map((u) => u.email) }))
  await db.$disconnect()
}

async function event({
  capacity = 50,
  deadlineHours,
  onlineUrl,
  onlineCapacity,
}: {
  capacity?: number
  deadlineHours?: number
  onlineUrl?: string
  onlineCapacity?: number
}) {
  const organiser = await db.user.findFirstOrThrow({ where: { role: { in: ['ORGANISER', 'ADMIN'] } }, select: { id: true } })
  const start = new Date(Date.now() + 86_400_000)
  const e = await db.event.create({
    data: {
      title: `Plenaria di prova ${crypto.randomBytes(3).toString('hex')}`,
      type: 'PLENARY',
      description: 'Fixture.',
      startsAt: start,
      endsAt: new Date(start.getTime() + 7_200_000),
      address: 'Via Roma 1',
      capacity,
      organiserId: organiser.id,
      ...(deadlineHours === undefined ? {} : { registrationDeadline: new Date(Date.now() + deadlineHours * 3_600_000) }),
      ...(onlineUrl ? { onlineUrl, onlineCapacity: onlineCapacity ?? null } : {}),
    },
    select: { id: true },
  })
  console.log(JSON.stringify(e))
  await db.$disconnect()
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})

async function thread() {
  const author = await db.user.findFirstOrThrow({ where: { role: 'ADMIN' }, select: { id: true } })
  const category = await db.forumCategory.findFirstOrThrow({ orderBy: { position: 'asc' }, select: { id: true } })
  const t = await db.thread.create({
    data: {
      categoryId: category.id,
      authorId: author.id,
      title: `Discussione di prova ${crypto.randomBytes(3).toString('hex')}`,
      lastPostAt: new Date(),
      lastPostNumber: 1,
      postCount: 1,
    },
    select: { id: true },
  })
  await db.post.create({
    data: {
      threadId: t.id,
      authorId: author.id,
      number: 1,
      body: 'Fixture.',
      html: '<p>Fixture.</p>',
      bodyHash: crypto.randomBytes(8).toString('hex'),
    },
  })
  console.log(JSON.stringify(t))
  await db.$disconnect()
}

async function organisation({ contact }: { contact: string }) {
  const user = await db.user.findUniqueOrThrow({ where: { email: contact }, select: { id: true } })
  const tag = crypto.randomBytes(3).toString('hex')
  const org = await db.organisation.create({
    data: {
      slug: `ente-prova-${tag}`,
      name: `Ente di prova ${tag}`,
      type: 'SME',
      regionId: 'toscana',
      adheredAt: new Date(),
      contactUserId: user.id,
    },
    select: { id: true, slug: true, name: true },
  })
  await db.membership.create({ data: { userId: user.id, organisationId: org.id, confirmedAt: new Date(), listed: true } })
  console.log(JSON.stringify(org))
  await db.$disconnect()
}
