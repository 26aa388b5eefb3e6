// Data the HTTP benchmark adds to the demo database: one thread of 200 posts (NodeBB's comparison: a 200-post topic)
// and a member to sign in as. Prints the thread id and the member's e-mail as JSON on its last line.
import { db } from '@/server/db'
import { renderMarkdown } from '@/lib/markdown'
import { hashPassword } from '@/server/auth/password'

async function main() {
  const category = await db.forumCategory.findFirstOrThrow({ select: { id: true } })
  const users = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      db.user.upsert({
        where: { email: `bench-${i}@bench.invalid` },
        create: {
          email: `bench-${i}@bench.invalid`,
          name: `Membro Bench ${i}`,
          handle: `bench.${i}`,
          passwordHash: 'x',
          emailConfirmedAt: new Date(),
        },
        update: {},
        select: { id: true },
      }),
    ),
  )
  await db.user.update({ where: { email: 'bench-0@bench.invalid' }, data: { passwordHash: await hashPassword('bench-password-1') } })
  const body = (n: number) =>
    `Risposta ${n}. Nel nostro distretto il **Soggetto Gestore** ha avviato il programma ambientale comune: ` +
    'analisi ambientale iniziale, registro degli aspetti, obiettivi condivisi con le imprese e i comuni. '.repeat(3) +
    '\n\n- audit interni\n- dichiarazione ambientale\n- riesame della direzione'
  const start = new Date(Date.now() - 200 * 60_000)
  const thread = await db.thread.create({
    data: {
      categoryId: category.id,
      authorId: users[0]!.id,
      title: 'Discussione lunga (benchmark)',
      lastPostAt: new Date(),
      lastPostNumber: 200,
      postCount: 200,
    },
    select: { id: true },
  })
  await db.post.createMany({
    data: Array.from({ length: 200 }, (_, i) => ({
      threadId: thread.id,
      authorId: users[i % users.length]!.id,
      number: i + 1,
      body: body(i + 1),
      html: renderMarkdown(body(i + 1)),
      bodyHash: `bench-${thread.id}-${i}`,
      createdAt: new Date(start.getTime() + i * 60_000),
    })),
  })
  await db.forumCategory.update({ where: { id: category.id }, data: { postCount: { increment: 200 }, lastPostAt: new Date() } })
  console.log(JSON.stringify({ threadId: thread.id, email: 'bench-0@bench.invalid', password: 'bench-password-1' }))
  await db.$disconnect()
}

void main()
