import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'

// Issue 14: the durable mail queue against a real SMTP server (smtp-server), mails read back with mailparser.
// Delivered once each; nothing lost while the server is down; a mail that keeps failing ends as FAILED with its
// error; two workers at once send each mail once.

type Received = {
  to: string
  subject: string
  text: string
  html: string
  headers: Map<string, string>
  attachments: { filename?: string; contentType: string; content: Buffer }[]
}
const received: Received[] = []
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
          received.push({
            to: (Array.isArray(m.to) ? m.to[0] : m.to)?.text ?? '',
            subject: m.subject ?? '',
            text: m.text ?? '',
            html: typeof m.html === 'string' ? m.html : '',
            headers: new Map(m.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()])),
            attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
          })
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
const { addMaterial, cancelEvent } = await import('@/server/events/commands')
const { materialSchema } = await import('@/lib/validations/events')
const { followCategory } = await import('@/server/forum/commands')
const { followCluster, followRegion } = await import('@/server/notifications/commands')
const { sendDigests } = await import('@/server/notifications/digest')
const { sendDueReminders, reminderDueAt } = await import('@/server/events/reminders')
const { fire, SCHEDULES } = await import('@/server/scheduler')
const { savePreferences } = await import('@/server/notifications/commands')
const { unreadNotificationCount } = await import('@/server/notifications/queries')
const ICAL = (await import('ical.js')).default
const { apply, completeAdhesion, decideAdhesion } = await import('@/server/network/commands')
const { adhesionSchema, adhesionUpdateSchema } = await import('@/lib/validations/network')
const { isValidPartitaIva } = await import('@/lib/tax-codes')
const { followThread } = await import('@/server/forum/commands')

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

  it('two worker processes (npm run mail:work) on the same database send each mail once', async () => {
    const { spawn } = await import('node:child_process')
    const before = received.length
    for (let n = 0; n < 40; n++) await sendMail({ to: to(`p${String(n).padStart(2, '0')}`), subject: `Processi ${n} ${tag}`, text: 'x', kind: 'test' })
    const workers = [1, 2].map(() =>
      spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--import', './scripts/lib/server-only-off.mjs', 'scripts/mail-worker.ts'], {
        env: { ...process.env, SMTP_URL: env().SMTP_URL },
        stdio: ['pipe', 'ignore', 'inherit'],
      }),
    )
    try {
      const deadline = Date.now() + 45_000
      while (received.slice(before).filter((m) => m.subject.startsWith('Processi')).length < 40 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100))
      await new Promise((r) => setTimeout(r, 1500)) // time for a duplicate to show up, if there were one
    } finally {
      for (const w of workers) w.kill()
    }
    const got = received.slice(before).filter((m) => m.subject.startsWith('Processi'))
    expect(got).toHaveLength(40)
    expect(new Set(got.map((m) => m.to)).size).toBe(40)
  })

  it('mails a mention at once, in the member’s language, with a one-click unsubscribe that turns that kind off', async () => {
    const author = await member('MEMBER', { name: `Anna Bianchi ${tag}` })
    const en = await member()
    await db.user.update({ where: { id: en.id }, data: { locale: 'en', name: `Jane ${tag}` } })
    const handle = (await db.user.findUniqueOrThrow({ where: { id: en.id }, select: { handle: true } })).handle!
    const category = await db.forumCategory.findFirstOrThrow({ select: { id: true } })
    const { threadId } = data(await createThread(newThreadSchema.parse({ categoryId: category.id, title: `Menzioni ${tag}`, body: 'Apertura' }), author))
    data(await reply(replySchema.parse({ threadId, body: `Che ne pensi, @${handle}?` }), author))
    await drain()
    const mails = received.filter((m) => m.to === en.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe(`Anna Bianchi ${tag} mentioned you in “Menzioni ${tag}”`)
    expect(mails[0]!.text).toContain(`Hello Jane ${tag},`)
    // Both parts: the HTML one in English, with the link as its button and the preferences in the footer.
    expect(mails[0]!.html).toMatch(/<html[^>]* lang="en"/)
    expect(mails[0]!.html).toContain(`Anna Bianchi ${tag} mentioned you in “Menzioni ${tag}”`)
    expect(mails[0]!.html).toMatch(new RegExp(`href="[^"]*/forum/t/${threadId}#post-2"`))
    expect(mails[0]!.html).toMatch(/href="[^"]*\/en\/account\/email"/)
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
      await member('ORGANISER'), await member(), await member(), await member(), await member('MODERATOR', { name: `Mara Rossi ${tag}` }),
      await member('MEMBER', { name: `Carlo Verdi ${tag}` }), await member(),
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
        [first.email, `Sei iscritta/o a «${title}»`],
        [second.email, `Si è liberato un posto: sei iscritta/o a «${title}»`],
        [author.email, `Mara Rossi ${tag} ha pubblicato la tua buona pratica «Pratica ${tag}»`],
        [colleague.email, `Carlo Verdi ${tag} ha confermato che fai parte di «Ente ${tag}»`],
      ].sort(),
    )
  })

  it('confirms a registration with the meeting attached as .ics (the online link for confirmed attendees), and mails the minutes', async () => {
    const organiser = await member('ORGANISER', { name: `Olga Neri ${tag}` })
    const attendee = await member()
    const title = `Ibrido ${tag}`
    const start = new Date(Date.UTC(2027, 1, 10, 9, 30)) // 10:30 in Rome
    const event = await db.event.create({
      data: { title, type: 'PLENARY', description: '**Programma**', startsAt: start, endsAt: new Date(start.getTime() + 7_200_000), address: 'Sala Verde', city: 'Prato', onlineUrl: `https://meet.example.org/${tag}`, organiserId: organiser.id },
    })
    data(await registerForEvent({ eventId: event.id }, attendee))
    await drain()
    const [mail] = received.filter((m) => m.to === attendee.email)
    expect(mail!.subject).toBe(`Sei iscritta/o a «${title}»`)
    expect(mail!.text).toContain('Quando: mercoledì 10 febbraio 2027')
    expect(mail!.text).toContain('10:30')
    expect(mail!.text).toContain('(ora italiana, Europe/Rome)')
    expect(mail!.text).toContain(`Collegamento online: https://meet.example.org/${tag}`)
    expect(mail!.html).toMatch(/<html[^>]* lang="it"/)
    const ics = mail!.attachments.find((a) => a.filename === 'invite.ics')!
    expect(ics.contentType).toBe('text/calendar')
    const vevent = new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent')!
    expect(vevent.getFirstPropertyValue('summary')).toBe(title)
    expect(String(vevent.getFirstPropertyValue('description'))).toContain(`https://meet.example.org/${tag}`)
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Rome')
    expect(String(vevent.getFirstPropertyValue('dtstart'))).toBe('2027-02-10T10:30:00')

    // The minutes reach the confirmed attendee, naming nobody's private data.
    data(await addMaterial(materialSchema.parse({ eventId: event.id, kind: 'MINUTES', title: 'Verbale', url: 'https://example.org/verbale.pdf' }), organiser))
    // A cancellation names who cancelled.
    data(await cancelEvent({ eventId: event.id }, organiser))
    await drain()
    expect(received.filter((m) => m.to === attendee.email).map((m) => m.subject).slice(1).sort()).toEqual([
      `Olga Neri ${tag} ha annullato l'incontro «${title}»`,
      `È stato pubblicato il verbale di «${title}»`,
    ])
  })

  it('sends one daily digest of the day’s new threads and regional news to a follower, nothing twice, nothing on a quiet day', async () => {
    const follower = await member()
    const author = await member('MEMBER', { name: `Piero Gialli ${tag}` })
    const moderator = await member('MODERATOR')
    const category = await db.forumCategory.findFirstOrThrow({ select: { id: true } })
    data(await followCategory({ categoryId: category.id, value: true }, follower))
    data(await followRegion({ regionId: 'marche', value: true }, follower))
    const { threadId } = data(await createThread(newThreadSchema.parse({ categoryId: category.id, title: `Digest ${tag}`, body: 'Apertura' }), author))
    const practice = await db.practice.create({
      data: { authorId: author.id, title: `Pratica marchigiana ${tag}`, summary: 'Una sintesi abbastanza lunga', body: 'x'.repeat(60), instruments: ',EMAS,', theme: 'WATER', regionId: 'marche', status: 'SUBMITTED', results: '[]', revision: 1 },
    })
    data(await reviewPractice(reviewSchema.parse({ practiceId: practice.id, decision: 'PUBLISHED' }), moderator))
    await drain()
    // Follows are not mailed one by one: they wait for the digest.
    expect(received.filter((m) => m.to === follower.email)).toHaveLength(0)

    const morning = new Date(Date.now() + 60_000)
    await sendDigests('DAILY', morning)
    await sendDigests('DAILY', morning) // a second run of the same schedule (another instance) sends nothing more
    await drain()
    const digests = received.filter((m) => m.to === follower.email)
    expect(digests).toHaveLength(1)
    expect(digests[0]!.subject).toBe('Cartesio: le novità di oggi (2)')
    expect(digests[0]!.text).toContain(`Piero Gialli ${tag} ha aperto la discussione «Digest ${tag}»`)
    expect(digests[0]!.text).toContain(`/forum/t/${threadId}`)
    expect(digests[0]!.text).toContain(`Novità in un territorio che segui: «Pratica marchigiana ${tag}»`)
    expect(digests[0]!.headers.get('list-unsubscribe')).toMatch(/k=DIGEST_DAILY/)
    // The weekly digest has nothing for them (they get these kinds daily); a quiet day sends nothing.
    await sendDigests('WEEKLY', morning)
    await sendDigests('DAILY', new Date(Date.now() + 2 * 86_400_000))
    await drain()
    expect(received.filter((m) => m.to === follower.email)).toHaveLength(1)

    // The digest's one-click unsubscribe turns every daily kind off.
    const url = String(digests[0]!.headers.get('list-unsubscribe')).replace(/^<|>$/g, '')
    expect((await unsubscribe.POST(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }))).status).toBe(200)
    const prefs = await db.notificationPreference.findMany({ where: { userId: follower.id }, select: { kind: true, channel: true } })
    expect(prefs.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'FOLLOWED_THREAD', channel: 'NONE' },
      { kind: 'FOLLOWED_CATEGORY', channel: 'NONE' },
      { kind: 'FOLLOWED_TERRITORY', channel: 'NONE' },
    ].sort((a, b) => a.kind.localeCompare(b.kind)))
  })

  it('sends a weekly digest to a member who chose it', async () => {
    const follower = await member()
    const author = await member()
    data(await savePreferences({ FOLLOWED_CATEGORY: 'WEEKLY' } as never, follower))
    const category = await db.forumCategory.findFirstOrThrow({ select: { id: true } })
    data(await followCategory({ categoryId: category.id, value: true }, follower))
    data(await createThread(newThreadSchema.parse({ categoryId: category.id, title: `Settimana ${tag}`, body: 'Apertura' }), author))
    await sendDigests('DAILY', new Date(Date.now() + 60_000))
    await drain()
    expect(received.filter((m) => m.to === follower.email)).toHaveLength(0)
    await sendDigests('WEEKLY', new Date(Date.now() + 60_000))
    await drain()
    expect(received.filter((m) => m.to === follower.email).map((m) => m.subject)).toEqual(['Cartesio: le novità della settimana (1)'])
  })

  it('reminds confirmed attendees once, the day before at the same Rome time across the change to summer time', async () => {
    const organiser = await member('ORGANISER')
    const [attendee, waiting] = [await member(), await member()]
    // Monday 29 March 2027, 10:00 in Rome (CEST): the clocks went forward on Sunday the 28th.
    const start = new Date(Date.UTC(2027, 2, 29, 8, 0))
    const event = await db.event.create({
      data: { title: `Promemoria ${tag}`, type: 'PLENARY', description: 'x', startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), address: 'Sala', capacity: 1, organiserId: organiser.id, reminders: 'H24' },
    })
    data(await registerForEvent({ eventId: event.id }, attendee))
    data(await registerForEvent({ eventId: event.id }, waiting))
    // Sunday 28 March, 10:00 in Rome is 08:00 UTC: 24 real hours before would be 09:00 in Rome.
    const due = reminderDueAt(start, 'day')
    expect(due.toISOString()).toBe('2027-03-28T08:00:00.000Z')
    const reminders = SCHEDULES.find((x) => x.name === 'meeting-reminders')!
    expect(await sendDueReminders(new Date(due.getTime() - 60_000))).toBe(0)
    // Two instances fire the schedule at the same moment: one holds the lease and runs it.
    const both = await Promise.all([fire(reminders, due, `a-${tag}`), fire(reminders, due, `b-${tag}`)])
    expect(both.filter(Boolean)).toHaveLength(1)
    expect(await sendDueReminders(new Date(due.getTime() + 5 * 60_000))).toBe(0)
    await drain()
    const mails = received.filter((m) => m.to === attendee.email && m.subject.startsWith('Promemoria'))
    expect(mails.map((m) => m.subject)).toEqual([`Promemoria: «Promemoria ${tag}» sta per cominciare`])
    expect(mails[0]!.text).toContain("L'incontro è domani.")
    expect(received.filter((m) => m.to === waiting.email && m.subject.startsWith('Promemoria'))).toHaveLength(0)
    // Moved by a week: it is reminded again for the new date.
    const moved = new Date(start.getTime() + 7 * 86_400_000)
    await db.event.update({ where: { id: event.id }, data: { startsAt: moved, endsAt: new Date(moved.getTime() + 3_600_000) } })
    expect(await sendDueReminders(reminderDueAt(moved, 'day'))).toBe(1)
  })

  it('resolves the other reviewers’ “to review” notification once a practice is decided', async () => {
    const [author, mod1, mod2] = [await member(), await member('MODERATOR'), await member('MODERATOR')]
    const practice = await db.practice.create({
      data: { authorId: author.id, title: `Da rivedere ${tag}`, summary: 'Una sintesi abbastanza lunga', body: 'x'.repeat(60), instruments: ',EMAS,', theme: 'WATER', status: 'SUBMITTED', results: '[]', revision: 1 },
    })
    await db.notification.createMany({ data: [mod1, mod2].map((m) => ({ userId: m.id, kind: 'PRACTICE_SUBMITTED' as const, practiceId: practice.id, actorId: author.id, text: practice.title })) })
    expect(await unreadNotificationCount(mod2.id)).toBe(1)
    data(await reviewPractice(reviewSchema.parse({ practiceId: practice.id, decision: 'RETURNED', comment: 'Aggiungi i dati' }), mod1))
    expect(await unreadNotificationCount(mod2.id)).toBe(0)
    expect(await db.notification.findFirst({ where: { userId: mod2.id, practiceId: practice.id }, select: { resolvedAt: true } })).toMatchObject({ resolvedAt: expect.any(Date) })
  })

  it('mails adhesions, memberships and followed threads to the one person concerned, in their language, with both parts and the unsubscribe headers', async () => {
    const [applicant, admin, colleague, follower, writer] = [
      await member(), await member('ADMIN', { name: `Ada Admin ${tag}` }), await member(), await member(), await member('MEMBER', { name: `Walter Scrive ${tag}` }),
    ]
    await db.user.update({ where: { id: applicant.id }, data: { locale: 'en', name: `Eve Applicant ${tag}` } })
    const body = String(Math.floor(Math.random() * 1e10)).padStart(10, '0')
    const orgName = `Consorzio ${tag}`
    const raw = {
      orgName, orgType: 'SME', vatNumber: Array.from({ length: 10 }, (_, d) => body + d).find(isValidPartitaIva)!, regionId: 'toscana', province: 'Prato',
      sector: 'Tessile', signatoryName: 'Maria Rossi', signatoryRole: 'Legale rappresentante', commitments: ['1', '3'], accept: 'on',
    }
    const { adhesionId } = data(await apply(adhesionSchema.parse(raw), { ...applicant, locale: 'en' }))
    data(await decideAdhesion({ adhesionId, decision: 'INFO_REQUESTED', message: 'Quale distretto?' }, admin))
    data(await completeAdhesion(adhesionUpdateSchema.parse({ ...raw, adhesionId, reply: 'Il distretto tessile' }), { ...applicant, locale: 'en' }))
    const { organisationId } = data(await decideAdhesion({ adhesionId, decision: 'APPROVED', message: '' }, admin))
    await db.membership.create({ data: { userId: colleague.id, organisationId: organisationId! } })
    data(await decideMembership({ organisationId: organisationId!, userId: colleague.id, decision: 'remove' }, { ...applicant, locale: 'en' }))

    // A follower who wants new posts at once.
    data(await savePreferences({ FOLLOWED_THREAD: 'IMMEDIATE' } as never, follower))
    const category = await db.forumCategory.findFirstOrThrow({ select: { id: true } })
    const { threadId } = data(await createThread(newThreadSchema.parse({ categoryId: category.id, title: `Seguita ${tag}`, body: 'Apertura' }), writer))
    data(await followThread({ threadId, value: true }, follower))
    data(await reply(replySchema.parse({ threadId, body: 'Una risposta' }), writer))
    await drain()

    const ours = [applicant.email, admin.email, colleague.email, follower.email]
    const got = received.filter((m) => ours.includes(m.to))
    expect(got.map((m) => [m.to, m.subject]).sort()).toEqual(
      [
        // Submitted, then completed after the request for more information: the admin examines it again.
        [admin.email, `Eve Applicant ${tag} ha presentato una domanda di adesione: «${orgName}»`],
        [admin.email, `Eve Applicant ${tag} ha presentato una domanda di adesione: «${orgName}»`],
        [applicant.email, `Ada Admin ${tag} asks for more information on the application for “${orgName}”`],
        [applicant.email, `Ada Admin ${tag} approved the application for “${orgName}”`],
        [colleague.email, `Eve Applicant ${tag} ti ha tolto dai membri di «${orgName}»`],
        [follower.email, `Walter Scrive ${tag} ha scritto in «Seguita ${tag}»`],
      ].sort(),
    )
    for (const m of got) {
      expect(m.html).toMatch(/<html[^>]* lang="(it|en)"/)
      expect(m.headers.get('list-unsubscribe')).toMatch(/^<http:\/\/[^>]+\/api\/unsubscribe\?u=[^>]+>$/)
      expect(m.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    }
    expect(got.filter((m) => m.to === applicant.email).every((m) => m.text.startsWith(`Hello Eve Applicant ${tag},`))).toBe(true)
    // The admin's "to examine" notification resolved itself when the application was decided.
    expect(await unreadNotificationCount(admin.id)).toBe(0)
  })

  it('tells a member who follows a region and one of its districts once about news there, and not the one who made it', async () => {
    const [follower, districtOnly, author] = [await member(), await member(), await member()]
    const cluster = await db.cluster.findFirstOrThrow({ select: { id: true, regionId: true } })
    data(await followRegion({ regionId: cluster.regionId as never, value: true }, follower))
    data(await followCluster({ clusterId: cluster.id, value: true }, follower))
    data(await followCluster({ clusterId: cluster.id, value: true }, districtOnly))
    data(await followCluster({ clusterId: cluster.id, value: true }, author))
    const { notifyTerritory } = await import('@/server/notifications/territory')
    await db.$transaction((tx) => notifyTerritory(tx, { regionId: cluster.regionId, clusterId: cluster.id, actorId: author.id, text: `Novità ${tag}` }))
    const counts = await Promise.all([follower, districtOnly, author].map((u) => db.notification.count({ where: { userId: u.id, kind: 'FOLLOWED_TERRITORY' } })))
    expect(counts).toEqual([1, 1, 0])
  })

  it('every kind of notification can arrive by mail: one mail to its member, in their language, both parts, its own unsubscribe', async () => {
    const { NOTIFICATION_KINDS } = await import('@/lib/notification-mail')
    const { notify } = await import('@/server/notifications/notify')
    const actor = await member('MEMBER', { name: `Tina Attrice ${tag}` })
    const people = await Promise.all(NOTIFICATION_KINDS.map(() => member()))
    // Every other member reads English; every kind is chosen "at once" (digest kinds too).
    for (const [i, p] of people.entries()) {
      await db.user.update({ where: { id: p.id }, data: { locale: i % 2 ? 'en' : 'it' } })
      data(await savePreferences({ [NOTIFICATION_KINDS[i]!]: 'IMMEDIATE' } as never, p))
    }
    await db.$transaction((tx) =>
      notify(tx, NOTIFICATION_KINDS.map((kind, i) => ({ userId: people[i]!.id, kind, actorId: actor.id, text: `Oggetto ${kind} ${tag}` }))),
    )
    await drain()
    for (const [i, kind] of NOTIFICATION_KINDS.entries()) {
      const mails = received.filter((m) => m.to === people[i]!.email)
      expect(mails, kind).toHaveLength(1)
      const m = mails[0]!
      expect(m.subject, kind).toContain(`Oggetto ${kind} ${tag}`)
      expect(m.text, kind).toMatch(i % 2 ? /^Hello / : /^Ciao /)
      expect(m.html, kind).toMatch(new RegExp(`<html[^>]* lang="${i % 2 ? 'en' : 'it'}"`))
      expect(m.headers.get('list-unsubscribe'), kind).toContain(`k=${kind}`)
      expect(m.headers.get('list-unsubscribe-post'), kind).toBe('List-Unsubscribe=One-Click')
    }
  })

  it('puts the preferences link in account mails too', async () => {
    await sendMail({ to: to('acc'), subject: `Account ${tag}`, text: 'Ciao,\n\nil tuo link.\n\n— Cartesio, Rete Cartesio', locale: 'en', kind: 'passwordReset' })
    await drain()
    const [m] = received.filter((x) => x.to === to('acc'))
    expect(m!.text).toMatch(/Choose which e-mails you receive, and when: http:\/\/\S+\/en\/account\/email/)
  })
})
