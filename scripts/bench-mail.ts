// npm run bench:mail — the mail queue against a local SMTP server (smtp-server): how many mails a second the worker
// sends, and how long from queueing a mail (as a command does) to the SMTP server having it. Throwaway database.
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

async function main() {
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port
      s.close(() => resolve(p))
    })
  })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartesio-bench-mail-'))
  Object.assign(process.env, { SMTP_URL: `smtp://127.0.0.1:${port}`, DATA_DIR: dir, DATABASE_URL: '' })

  let received = 0
  const arrivals: number[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _s, cb) {
      stream.on('data', () => {})
      stream.on('end', () => {
        received++
        arrivals.push(performance.now())
        cb()
      })
    },
  })
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r))

  const { execFileSync } = await import('node:child_process')
  execFileSync(process.execPath, ['scripts/db.mjs', 'deploy'], { env: process.env, stdio: 'ignore' })
  const { sendMail } = await import('@/server/mail')
  const { deliverDueMails, startMailWorker } = await import('@/server/mail-worker')
  const { db } = await import('@/server/db')

  const N = Number(process.argv[2] ?? 200)
  for (let i = 0; i < N; i++)
    await sendMail({ to: `bench-${i}@test.invalid`, subject: `Prova ${i}`, text: 'Testo di prova.', kind: 'bench' })
  const t0 = performance.now()
  while (received < N) await deliverDueMails({ limit: 50 })
  const seconds = (performance.now() - t0) / 1000
  console.log(`throughput: ${N} mails in ${seconds.toFixed(2)} s = ${(N / seconds).toFixed(1)} mails/s (one worker, SQLite, local SMTP)`)

  // Latency: the worker runs as in the app; each mail is queued and timed until the SMTP server has it.
  const stop = startMailWorker()
  const latencies: number[] = []
  for (let i = 0; i < 20; i++) {
    const before = received
    const t = performance.now()
    await sendMail({ to: `latency-${i}@test.invalid`, subject: `Latenza ${i}`, text: 'x', kind: 'bench' })
    while (received === before) await new Promise((r) => setTimeout(r, 2))
    latencies.push(arrivals.at(-1)! - t)
  }
  latencies.sort((a, b) => a - b)
  console.log(`queue → SMTP server: median ${latencies[10]!.toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms over 20 mails`)

  // From an action to its mail: a member replies mentioning another (the reply command, as the server action runs it:
  // the post, the notification and the queued mail in one transaction), timed until the SMTP server has the mail.
  await (await import('@/server/seed')).seedReference()
  const { createThread, reply } = await import('@/server/forum/commands')
  const { newThreadSchema, replySchema } = await import('@/lib/validations/forum')
  const mk = (n: string) =>
    db.user.create({
      data: { email: `${n}@test.invalid`, name: n, handle: n, passwordHash: 'x', createdAt: new Date(Date.now() - 86_400_000 * 3) },
      select: { id: true, email: true, name: true, role: true, locale: true },
    })
  const author = await mk('bench.author')
  await mk('bench.mentioned')
  const category = await db.forumCategory.findFirstOrThrow({ select: { id: true } })
  const opened = await createThread(newThreadSchema.parse({ categoryId: category.id, title: 'Misura dei tempi', body: 'Apertura' }), author)
  if (!opened.ok) throw new Error('thread not created')
  const actionToMail: number[] = []
  for (let i = 0; i < 20; i++) {
    const before = received
    const t = performance.now()
    const r = await reply(
      replySchema.parse({ threadId: opened.data.threadId, body: `Risposta ${i} per @bench.mentioned, con dati nuovi.` }),
      author,
    )
    if (!r.ok) throw new Error(`reply refused: ${JSON.stringify(r)}`)
    while (received === before) await new Promise((res) => setTimeout(res, 2))
    actionToMail.push(arrivals.at(-1)! - t)
  }
  stop()
  actionToMail.sort((a, b) => a - b)
  console.log(
    `action → mail (a reply mentioning a member): median ${actionToMail[10]!.toFixed(0)} ms, max ${actionToMail.at(-1)!.toFixed(0)} ms over 20 replies`,
  )
  await db.$disconnect()
  server.close()
  fs.rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}

void main()
