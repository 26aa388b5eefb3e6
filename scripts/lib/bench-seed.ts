// The benchmark's data (npm run bench): fills the database at DATABASE_URL — a throwaway one, already migrated and
// holding the demo data — up to the sizes given, with a progress bar on stderr, then times the forum's data layer
// (thread list, thread page, search) at that size. Run again with larger sizes to grow the same database.
//   tsx --import ./scripts/lib/server-only-off.mjs scripts/lib/bench-seed.ts '{"members":5000,…}'
// Prints one JSON line: what the benchmark requests (ids, a search word, session cookies) and the data-layer times.
import { encode } from 'next-auth/jwt'
import { db, isSqlite } from '@/server/db'
import { authSecret } from '@/server/env'
import { renderMarkdown } from '@/lib/markdown'
import { encodeCodes } from '@/lib/codes'
import { INSTRUMENTS, SECTORS, THEMES } from '@/lib/practices'
import { REGIONS } from '@/lib/territory'
import { getThreadPage, listThreads } from '@/server/forum/queries'
import { search } from '@/server/search/query'

type Sizes = { members: number; organisations: number; threads: number; posts: number; meetings: number; practices: number; burst: number }
const sizes = JSON.parse(process.argv[2] ?? '{}') as Sizes

const DOMAIN = '@bench.invalid'
/** A word found in one post in a hundred: what the search is timed with. */
export const RARE_WORD = 'cogenerazione'
const ORG_TYPES = ['PUBLIC_ADMINISTRATION', 'PUBLIC_BODY', 'ENTERPRISE', 'SME', 'ASSOCIATION', 'UNIVERSITY', 'OTHER'] as const
const EVENT_TYPES = ['PLENARY', 'WORKING_GROUP', 'WEBINAR', 'SITE_VISIT', 'CONFERENCE', 'OTHER'] as const

function progress(label: string, done: number, total: number) {
  if (!process.stderr.isTTY && done > 0 && done < total) return
  const width = 30
  const filled = Math.round((done / Math.max(1, total)) * width)
  const line = `  ${label.padEnd(14)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')}`
  process.stderr.write(process.stderr.isTTY ? `\r${line}${done >= total ? '\n' : ''}` : `${line}\n`)
}

/** Adds rows in batches until `have` reaches `want`. */
async function fill(label: string, have: number, want: number, batch: number, make: (from: number, n: number) => Promise<void>) {
  if (have >= want) return
  progress(label, have, want)
  for (let i = have; i < want; i += batch) {
    const n = Math.min(batch, want - i)
    await make(i, n)
    progress(label, i + n, want)
  }
}

const BODIES = Array.from({ length: 100 }, (_, i) => {
  const body =
    `Risposta sul programma ambientale ${i}. Nel nostro distretto il **Soggetto Gestore** ha avviato l'analisi ambientale ` +
    'iniziale, il registro degli aspetti e gli obiettivi condivisi con le imprese e i comuni. ' +
    (i === 7 ? `Per l'energia valutiamo un impianto di ${RARE_WORD} consortile. ` : '') +
    '\n\n- audit interni\n- dichiarazione ambientale\n- riesame della direzione'
  return { body, html: renderMarkdown(body) }
})

async function main() {
  const t0 = Date.now()
  // Members: one password for all of them is not needed — the benchmark signs them in with session cookies.
  const memberCount = await db.user.count({ where: { email: { endsWith: DOMAIN } } })
  await fill('members', memberCount, sizes.members, 1000, async (from, n) => {
    await db.user.createMany({
      data: Array.from({ length: n }, (_, k) => ({
        email: `bench-${from + k}${DOMAIN}`,
        name: `Membro Bench ${from + k}`,
        handle: `bench.${from + k}`,
        passwordHash: 'x',
        emailConfirmedAt: new Date(),
        isDemo: true,
      })),
    })
  })
  const members = (await db.user.findMany({ where: { email: { endsWith: DOMAIN } }, select: { id: true }, orderBy: { email: 'asc' } })).map(
    (u) => u.id,
  )
  const someone = (i: number) => members[i % members.length]!

  await fill(
    'organisations',
    await db.organisation.count({ where: { slug: { startsWith: 'bench-' } } }),
    sizes.organisations,
    500,
    (from, n) =>
      db.organisation
        .createMany({
          data: Array.from({ length: n }, (_, k) => ({
            slug: `bench-org-${from + k}`,
            name: `Organizzazione Bench ${from + k}`,
            type: ORG_TYPES[(from + k) % ORG_TYPES.length]!,
            regionId: REGIONS[(from + k) % REGIONS.length]!.id,
            adheredAt: new Date(Date.now() - (from + k) * 86_400_000),
            isDemo: true,
          })),
        })
        .then(() => {}),
  )

  const eventHtml = renderMarkdown('Incontro della rete sul programma ambientale comune del distretto.')
  await fill('meetings', await db.event.count({ where: { title: { startsWith: 'Incontro bench' } } }), sizes.meetings, 500, (from, n) =>
    db.event
      .createMany({
        data: Array.from({ length: n }, (_, k) => {
          const i = from + k
          // Spread over two years around today, a few a day.
          const startsAt = new Date(Date.now() + (i - sizes.meetings / 2) * 8 * 3_600_000 + 9 * 3_600_000)
          return {
            title: `Incontro bench ${i}`,
            type: EVENT_TYPES[i % EVENT_TYPES.length]!,
            description: 'Incontro della rete sul programma ambientale comune del distretto.',
            descriptionHtml: eventHtml,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
            city: 'Prato',
            regionId: REGIONS[i % REGIONS.length]!.id,
            organiserId: someone(i),
          }
        }),
      })
      .then(() => {}),
  )

  const practiceBody = 'Il distretto ha costruito un registro comune degli aspetti ambientali. '.repeat(8)
  const practiceHtml = renderMarkdown(practiceBody)
  await fill(
    'practices',
    await db.practice.count({ where: { title: { startsWith: 'Buona pratica bench' } } }),
    sizes.practices,
    500,
    (from, n) =>
      db.practice
        .createMany({
          data: Array.from({ length: n }, (_, k) => {
            const i = from + k
            return {
              authorId: someone(i),
              status: 'PUBLISHED' as const,
              title: `Buona pratica bench ${i}`,
              summary: 'Un registro comune degli aspetti ambientali per le imprese del distretto.',
              body: practiceBody,
              bodyHtml: practiceHtml,
              instruments: encodeCodes([INSTRUMENTS[i % INSTRUMENTS.length]!]),
              theme: THEMES[i % THEMES.length],
              sector: SECTORS[i % SECTORS.length],
              regionId: REGIONS[i % REGIONS.length]!.id,
              publishedAt: new Date(Date.now() - i * 3_600_000),
              usefulCount: i % 17,
            }
          }),
        })
        .then(() => {}),
  )

  // The forum: a big category holding most threads, and one thread of 200 posts (NodeBB's comparison).
  const category =
    (await db.forumCategory.findUnique({ where: { slug: 'bench-discussioni' }, select: { id: true, slug: true } })) ??
    (await db.forumCategory.create({
      data: {
        slug: 'bench-discussioni',
        nameIt: 'Discussioni (benchmark)',
        nameEn: 'Discussions (benchmark)',
        descriptionIt: 'Dati del benchmark.',
        descriptionEn: 'Benchmark data.',
        position: 100,
      },
      select: { id: true, slug: true },
    }))
  let big = await db.thread.findFirst({ where: { title: 'Discussione lunga (benchmark)' }, select: { id: true } })
  if (!big) {
    big = await db.thread.create({
      data: { categoryId: category.id, authorId: someone(0), title: 'Discussione lunga (benchmark)', postCount: 200, lastPostNumber: 200 },
      select: { id: true },
    })
    const start = Date.now() - 200 * 60_000
    await db.post.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({
        threadId: big!.id,
        authorId: someone(i % 20),
        number: i + 1,
        ...BODIES[(i + 1) % BODIES.length]!,
        bodyHash: `bench-big-${i}`,
        createdAt: new Date(start + i * 60_000),
      })),
    })
  }
  const threadCount = await db.thread.count({ where: { id: { startsWith: 'bt' } } })
  const postCount = await db.post.count()
  const perThread = Math.max(1, Math.ceil((sizes.posts - postCount) / Math.max(1, sizes.threads - threadCount)))
  const categories = (await db.forumCategory.findMany({ select: { id: true } })).map((c) => c.id)
  const base = Date.now() - 1e10
  await fill('threads', threadCount, sizes.threads, 200, async (from, n) => {
    const threads = Array.from({ length: n }, (_, k) => {
      const i = from + k
      return {
        id: `bt${i.toString(36).padStart(8, '0')}`,
        // Two in three in the big category, the rest spread over the others.
        categoryId: i % 3 ? category.id : categories[i % categories.length]!,
        authorId: someone(i),
        title: `Discussione di prova ${i} sul programma ambientale`,
        postCount: perThread,
        lastPostNumber: perThread,
        lastPostAt: new Date(base + i * 60_000),
        createdAt: new Date(base + i * 60_000),
      }
    })
    await db.thread.createMany({ data: threads })
    const posts = threads.flatMap((t, ti) =>
      Array.from({ length: perThread }, (_, p) => ({
        threadId: t.id,
        authorId: someone(from + ti + p),
        number: p + 1,
        ...BODIES[(from + ti + p) % BODIES.length]!,
        bodyHash: `${t.id}-${p}`,
        createdAt: t.createdAt,
      })),
    )
    for (let i = 0; i < posts.length; i += 5000) await db.post.createMany({ data: posts.slice(i, i + 5000) })
  })
  // The denormalised counters the forum index shows.
  for (const id of categories) {
    const [threads, posts] = await Promise.all([
      db.thread.count({ where: { categoryId: id, deletedAt: null } }),
      db.post.count({ where: { thread: { categoryId: id } } }),
    ])
    await db.forumCategory.update({ where: { id }, data: { threadCount: threads, postCount: posts } })
  }

  // Sessions for the signed-in requests and the registration burst (cookies, as next-auth would set them).
  const secret = authSecret()
  const session = async (id: string) => `next-auth.session-token=${await encode({ token: { sub: id, sv: 0 }, secret })}`
  const burstEvent = await db.event.create({
    data: {
      title: `Posti limitati (benchmark) ${Date.now()}`,
      type: 'PLENARY',
      description: 'x',
      startsAt: new Date(Date.now() + 30 * 86_400_000),
      endsAt: new Date(Date.now() + 30 * 86_400_000 + 3_600_000),
      capacity: Math.max(1, Math.floor(sizes.burst / 4)),
      organiserId: someone(1),
    },
    select: { id: true, capacity: true },
  })
  const burst = await Promise.all(members.slice(10, 10 + sizes.burst).map(session))

  // The forum's data layer at this size: median of repeated calls.
  // PostgreSQL plans from table statistics, which autovacuum gathers within a minute of a bulk load; timed right after
  // loading, the planner would still see the tables as they were (a search's join then re-scans its index per row).
  if (!isSqlite()) await db.$executeRawUnsafe('ANALYZE')
  const median = async (fn: () => Promise<unknown>, runs = 20) => {
    await fn()
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const s = performance.now()
      await fn()
      times.push(performance.now() - s)
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
  }
  const first = await listThreads(category.id, { userId: someone(3) })
  const dataLayer = {
    'thread list, first page (signed in)': await median(() => listThreads(category.id, { userId: someone(3) })),
    'thread list, second page (keyset)': await median(() => listThreads(category.id, { after: first.next })),
    'thread page, 200-post thread, posts 151–200': await median(() => getThreadPage(big!.id, { from: 151, moderator: false })),
    [`search "${RARE_WORD}" (one post in a hundred)`]: await median(() => search({ q: RARE_WORD, locale: 'it' })),
    ['search "distretti" (every post)']: await median(() => search({ q: 'distretti', locale: 'it' })),
    ['search "distretti", posts, page 2 (keyset)']: await median(async () => {
      const first = await search({ q: 'distretti', locale: 'it', type: 'post' })
      return search({ q: 'distretti', locale: 'it', type: 'post', cursor: first.next })
    }),
  }

  console.log(
    JSON.stringify({
      counts: {
        members: await db.user.count(),
        organisations: await db.organisation.count(),
        threads: await db.thread.count(),
        posts: await db.post.count(),
        meetings: await db.event.count(),
        practices: await db.practice.count(),
      },
      seconds: (Date.now() - t0) / 1000,
      threadId: big.id,
      categorySlug: category.slug,
      practiceId: (
        await db.practice.findFirstOrThrow({ where: { status: 'PUBLISHED' }, orderBy: { publishedAt: 'desc' }, select: { id: true } })
      ).id,
      searchWord: RARE_WORD,
      member: await session(someone(5)),
      burst: { eventId: burstEvent.id, capacity: burstEvent.capacity, cookies: burst },
      dataLayer,
    }),
  )
  await db.$disconnect()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
