// npm run bench:forum — server time of the forum's thread list and thread page at 1,000 and at
// 100,000+ posts, on a throwaway SQLite database (or PostgreSQL with BENCH_DATABASE_URL=postgresql://…).
// Measures the data-layer calls the pages make (listThreads, getThreadPage), median of repeated runs.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartesio-bench-forum-'))
  process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL || `file:${path.join(dir, 'bench.db')}`
  process.env.AUTH_SECRET ||= 'bench-secret-'.padEnd(40, 'x')
  execFileSync(process.execPath, ['scripts/db.mjs', 'deploy'], { stdio: 'inherit', env: process.env })
  const { db } = await import('@/server/db')
  const { listThreads, getThreadPage } = await import('@/server/forum/queries')
  const { renderMarkdown } = await import('@/lib/markdown')

  const users = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      db.user.create({
        data: { email: `bench${i}@test.invalid`, name: `Bench ${i}`, handle: `bench.${i}`, passwordHash: 'x' },
        select: { id: true },
      }),
    ),
  )
  const category = await db.forumCategory.create({
    data: { slug: 'bench', nameIt: 'Bench', nameEn: 'Bench', descriptionIt: 'x', descriptionEn: 'x' },
    select: { id: true },
  })
  const body = 'Nel nostro distretto il **Soggetto Gestore** ha avviato il programma ambientale. '.repeat(6)
  const html = renderMarkdown(body)

  let threadSeq = 0
  /** Adds threads of `postsPerThread` posts until the database holds `target` posts. */
  async function fillTo(target: number, postsPerThread: number) {
    let total = await db.post.count()
    const start = Date.now() - 1e10
    while (total < target) {
      const threads = Array.from({ length: 100 }, () => {
        const n = threadSeq++
        return {
          id: `bt${n.toString(36).padStart(8, '0')}`,
          categoryId: category.id,
          authorId: users[n % users.length]!.id,
          title: `Discussione di prova ${n}`,
          postCount: postsPerThread,
          lastPostNumber: postsPerThread,
          lastPostAt: new Date(start + n * 60_000),
        }
      })
      await db.thread.createMany({ data: threads })
      const posts = threads.flatMap((t, ti) =>
        Array.from({ length: postsPerThread }, (_, i) => ({
          threadId: t.id,
          authorId: users[(ti + i) % users.length]!.id,
          number: i + 1,
          body,
          html,
          bodyHash: `${t.id}-${i}`,
        })),
      )
      for (let i = 0; i < posts.length; i += 5000) await db.post.createMany({ data: posts.slice(i, i + 5000) })
      total += posts.length
    }
    return total
  }

  async function median(fn: () => Promise<unknown>, runs = 30) {
    await fn()
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      await fn()
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    return { median: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]! }
  }

  async function measure(label: string) {
    const newest = await db.thread.findFirst({
      where: { categoryId: category.id },
      orderBy: [{ lastPostAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    })
    const first = await listThreads(category.id, { userId: users[0]!.id })
    const deep = await listThreads(category.id, { after: first.next })
    const big = await db.thread.findFirst({
      where: { categoryId: category.id },
      orderBy: { postCount: 'desc' },
      select: { id: true, postCount: true },
    })
    const rows = [
      ['thread list, first page (signed in)', await median(() => listThreads(category.id, { userId: users[0]!.id }))],
      ['thread list, second page (keyset)', await median(() => listThreads(category.id, { after: first.next }))],
      ['thread list, page after that', await median(() => listThreads(category.id, { after: deep.next }))],
      ['thread page, newest thread', await median(() => getThreadPage(newest!.id, { userId: users[1]!.id, moderator: false }))],
      [
        `thread page, ${big!.postCount}-post thread, posts 51–100`,
        await median(() => getThreadPage(big!.id, { from: 51, moderator: false })),
      ],
    ] as const
    console.log(
      `\n${label}: ${await db.post.count()} posts in ${await db.thread.count()} threads (${process.env.DATABASE_URL!.split(':')[0]})`,
    )
    for (const [name, r] of rows)
      console.log(`  ${name.padEnd(48)} median ${r.median.toFixed(2).padStart(7)} ms   p95 ${r.p95.toFixed(2).padStart(7)} ms`)
  }

  await fillTo(1_000, 10)
  await measure('small')
  await fillTo(100_000, 100)
  await measure('large')
  await db.$disconnect()
  fs.rmSync(dir, { recursive: true, force: true })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
