import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'

// Issue 14: the durable mail queue against a real SMTP server (smtp-server), mails read back with mailparser.
// Delivered once each; nothing lost while the server is down; a mail that keeps failing ends as FAILED with its
// error; two workers at once send each mail once.

const received: { to: string; subject: string; text: string; headers: Map<string, string> }[] = []
let reject: ((to: string) => boolean) | null = null
let server: SMTPServer | null = null

function smtp(port: number) {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (reject?.(address.address)) return cb(new Error('550 mailbox unavailable'))
      cb()
    },
    onData(stream, _session, cb) {
      simpleParser(stream)
        .then((m) => {
          received.push({ to: (Array.isArray(m.to) ? m.to[0] : m.to)?.text ?? '', subject: m.subject ?? '', text: m.text ?? '', headers: new Map(m.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()])) })
          cb()
        })
        .catch(cb)
    },
  })
  return new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
}
/** Stops the SMTP server; the app's pooled connections are dropped first (smtp-server waits for open ones). */
const stop = () => {
  closeClient()
  return new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
}
let closeClient = () => {}

const port = await new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as net.AddressInfo).port
    s.close(() => resolve(p))
  })
})
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`

const { db } = await import('@/server/db')
const { env } = await import('@/server/env')
const { sendMail, resetTransport } = await import('@/server/mail')
closeClient = resetTransport
const { deliverDueMails, MAX_ATTEMPTS, backoffMs } = await import('@/server/mail-worker')
const { member, data } = await import('./helpers')
const { createThread, reply } = await import('@/server/forum/commands')
const { newThreadSchema, replySchema } = await import('@/lib/validations/forum')
const unsubscribe = await import('@/app/api/unsubscribe/route')
const { registerForEvent, cancelEventRegistration } = await import('@/server/events/commands')
const { reviewPractice } = await import('@/server/practices/commands')
const { decideMembership } = await import('@/server/network/commands')
const { reviewSchema } = await import('@/lib/validations/practices')

const tag = Math.random().toString(36).slice(2, 8)
const to = (n: number | string) => `q-${tag}-${n}@test.invalid`
const mine = () => db.outboxMail.findMany({ where: { to: { startsWith: `q-${tag}-` } }, orderBy: { to: 'asc' } })
/** Runs the worker until nothing of ours is due at `at`. */
async function drain(at = new Date()) {
  for (let i = 0; i < 20; i++) {
    const r = await deliverDueMails({ limit: 200, now: () => at })
    if (r.sent + r.retried + r.failed === 0) return
  }
}

beforeAll(async () => {
  await (await import('@/server/seed')).seedReference()
  expect(env().SMTP_URL).toBe(`smtp://127.0.0.1:${port}`)
  await smtp(port)
})
afterAll(async () => {
  await stop()
  await db.$disconnect()
})

describe(`the mail queue (${env().provider})`, () => {
  it('delivers each queued mail once over SMTP, and one key queues one mail', async () => {
    for (const n of [1, 2, 3]) await sendMail({ to: to(`a${n}`), subject: `Oggetto ${n} ${tag}`, text: `Testo ${n}`, kind: 'test' })
    await sendMail({ to: to('a1'), subject: `Oggetto 1 ${tag}`, text: 'Testo 1', kind: 'test', idempotencyKey: `k-${tag}` })
    await sendMail({ to: to('a1'), subject: `Oggetto 1 ${tag}`, text: 'Testo 1', kind: 'test', idempotencyKey: `k-${tag}` })
    await drain()
    const got = received.filter((m) => m.subject.endsWith(tag))
    expect(got.map((m) => m.to).sort()).toEqual([to('a1'), to('a1'), to('a2'), to('a3')])
    expect(got.find((m) => m.to === to('a2'))?.text.trim()).toBe('Testo 2')
    expect((await mine()).every((m) => m.state === 'SENT' && m.sentAt && m.attempts === 1)).toBe(true)
  })

  it('loses nothing while the SMTP server is down: retried with backoff, all delivered once it is back', async () => {
    await stop()
    for (const n of [1, 2]) await sendMail({ to: to(`b${n}`), subject: `Giù ${n} ${tag}`, text: 'x', kind: 'test' })
    const t0 = new Date()
    await deliverDueMails({ limit: 200, now: () => t0 })
    const waiting = (await mine()).filter((m) => m.to.startsWith(`q-${tag}-b`))
    expect(waiting.map((m) => m.state)).toEqual(['QUEUED', 'QUEUED'])
    expect(waiting.every((m) => m.lastError && m.attempts === 1 && m.nextAttemptAt.getTime() === t0.getTime() + backoffMs(1))).toBe(true)
    // Not due yet: nothing is tried again before the backoff.
    expect(await deliverDueMails({ limit: 200, now: () => new Date(t0.getTime() + 1000) })).toMatchObject({ sent: 0, retried: 0 })
    await smtp(port)
    await drain(new Date(t0.getTime() + backoffMs(1)))
    expect(received.filter((m) => m.subject.startsWith('Giù')).map((m) => m.to).sort()).toEqual([to('b1'), to('b2')])
    expect((await mine()).filter((m) => m.to.startsWith(`q-${tag}-b`)).map((m) => [m.state, m.attempts])).toEqual([['SENT', 2], ['SENT', 2]])
  })

  it('ends a mail that keeps failing as FAILED, with its error, after the last attempt', async () => {
    reject = (address) => address === to('c1')
    await sendMail({ to: to('c1'), subject: `Rifiutata ${tag}`, text: 'x', kind: 'test' })
    let at = new Date()
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      await deliverDueMails({ limit: 200, now: () => at })
      at = new Date(at.getTime() + backoffMs(i))
    }
    reject = null
    const [row] = (await mine()).filter((m) => m.to === to('c1'))
    expect(row).toMatchObject({ state: 'FAILED', attempts: MAX_ATTEMPTS })
    expect(row!.lastError).toMatch(/550|mailbox unavailable/)
    // A failed mail is not tried again.
    expect(await deliverDueMails({ limit: 200, now: () => new Date(at.getTime() + 86_400_000) })).toMatchObject({ sent: 0 })
  })

  it('two workers at once send each mail once', async () => {
    const before = received.length
    for (let n = 0; n < 30; n++) await sendMail({ to: to(`d${String(n).padStart(2, '0')}`), subject: `Doppio ${n} ${tag}`, text: 'x', kind: 'test' })
    const at = new Date()
    await Promise.all([deliverDueMails({ limit: 200, now: () => at }), deliverDueMails({ limit: 200, now: () => at })])
    await drain(at)
    const got = received.slice(before).filter((m) => m.subject.startsWith('Doppio'))
    expect(got).toHaveLength(30)
    expect(new Set(got.map((m) => m.to)).size).toBe(30)
  })

  it('mails a mention at once, in the member’s language, with a one-click unsubscribe that turns that kind off', async () => {
    const author = await member()
    const en = await member()
    await db.user.update({ where: { id: en.id }, data: { locale: 'en', name: `Jane ${tag}` } })
    const handle = (await db.user.findUniqueOrThrow({ where: { id: en.id }, select: { handle: true } })).handle!
    const category = await db.forumCategory.findFirstOrThrow({ select: { id: true } })
    const { threadId } = data(await createThread(newThreadSchema.parse({ categoryId: category.id, title: `Menzioni ${tag}`, body: 'Apertura' }), author))
    data(await reply(replySchema.parse({ threadId, body: `Che ne pensi, @${handle}?` }), author))
    await drain()
    const mails = received.filter((m) => m.to === en.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe(`Mentioned you in “Menzioni ${tag}”`)
    expect(mails[0]!.text).toContain(`Hello Jane ${tag},`)
    expect(mails[0]!.text).toMatch(new RegExp(`/forum/t/${threadId}#post-2`))
    const link = String(mails[0]!.headers.get('list-unsubscribe') ?? '')
    expect(mails[0]!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    const url = link.replace(/^<|>$/g, '')
    expect(url).toMatch(/\/api\/unsubscribe\?u=/)

    // A forged link changes nothing; the real one turns mentions off (the in-app notification stays).
    const forged = url.replace(/t=[^&]+/, 't=forged')
    expect((await unsubscribe.POST(new Request(forged, { method: 'POST', body: 'List-Unsubscribe=One-Click' }))).status).toBe(404)
    expect(await db.notificationPreference.count({ where: { userId: en.id } })).toBe(0)
    expect((await unsubscribe.POST(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }))).status).toBe(200)
    expect(await db.notificationPreference.findUnique({ where: { userId_kind: { userId: en.id, kind: 'MENTION' } } })).toMatchObject({ channel: 'NONE' })
    data(await reply(replySchema.parse({ threadId, body: `E adesso, @${handle}?` }), author))
    await drain()
    expect(received.filter((m) => m.to === en.email)).toHaveLength(1)
    expect(await db.notification.count({ where: { userId: en.id, kind: 'MENTION' } })).toBe(2)
  })

  it('mails a freed seat, a review decision and a confirmed membership at once to the one person concerned', async () => {
    const [organiser, first, second, author, moderator, contact, colleague] = [
      await member('ORGANISER'), await member(), await member(), await member(), await member('MODERATOR'), await member(), await member(),
    ]
    const everyone = [organiser, first, second, author, moderator, contact, colleague].map((u) => u.email)
    const title = `Posti ${tag}`
    const start = new Date(Date.now() + 10 * 86_400_000)
    const event = await db.event.create({
      data: { title, type: 'PLENARY', description: 'x', startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), address: 'Sala', capacity: 1, organiserId: organiser.id },
    })
    data(await registerForEvent({ eventId: event.id }, first))
    data(await registerForEvent({ eventId: event.id }, second))
    data(await cancelEventRegistration({ eventId: event.id }, first))

    const practice = await db.practice.create({
      data: { authorId: author.id, title: `Pratica ${tag}`, summary: 'Una sintesi abbastanza lunga', body: 'x'.repeat(60), instruments: ',EMAS,', theme: 'WATER', regionId: 'toscana', status: 'SUBMITTED', results: '[]', revision: 1 },
    })
    data(await reviewPractice(reviewSchema.parse({ practiceId: practice.id, decision: 'PUBLISHED' }), moderator))

    const org = await db.organisation.create({ data: { slug: `mq-${tag}`, name: `Ente ${tag}`, type: 'SME', contactUserId: contact.id, adheredAt: new Date() } })
    await db.membership.create({ data: { userId: contact.id, organisationId: org.id, confirmedAt: new Date() } })
    await db.membership.create({ data: { userId: colleague.id, organisationId: org.id } })
    data(await decideMembership({ organisationId: org.id, userId: colleague.id, decision: 'confirm' }, contact))

    await drain()
    const got = received.filter((m) => everyone.includes(m.to)).map((m) => [m.to, m.subject]).sort()
    expect(got).toEqual(
      [
        [second.email, `Si è liberato un posto: sei iscritta/o a «${title}»`],
        [author.email, `La tua buona pratica «Pratica ${tag}» è stata pubblicata`],
        [colleague.email, `«Ente ${tag}» ha confermato che ne fai parte`],
      ].sort(),
    )
  })
})
