import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { seedReference } from '@/server/seed'
import { searchForum } from '@/server/forum/search'
import { notifyNewPost } from '@/server/forum/notify'
import { listThreads, getThreadPage, markThreadRead, THREADS_PAGE } from '@/server/forum/queries'

const provider = env().provider
const uid = () => Math.random().toString(36).slice(2, 10)

async function user(name = 'Forum User') {
  const id = uid()
  return db.user.create({ data: { email: `f-${id}@test.invalid`, name, handle: `f.${id}`, passwordHash: 'x' } })
}

async function thread(categoryId: string, authorId: string, title: string, body: string, at = new Date()) {
  return db.thread.create({
    data: { categoryId, authorId, title, lastPostAt: at, posts: { create: { authorId, number: 1, body, bodyHash: uid(), createdAt: at } } },
  })
}

let categoryId = ''
beforeAll(async () => {
  await seedReference()
  const c = await db.forumCategory.create({ data: { slug: `test-${uid()}`, nameIt: 'Prova', nameEn: 'Test', descriptionIt: 'x', descriptionEn: 'x' } })
  categoryId = c.id
})
afterAll(() => db.$disconnect())

describe(`forum data layer (${provider})`, () => {
  it('seeds the seven theme categories', async () => {
    expect(await db.forumCategory.count({ where: { slug: { in: ['emas-cooperativo', 'attestato-apo', 'apea', 'csr-emas', 'governance-territoriale', 'progetti-pilota', 'annunci-rete'] } } })).toBe(7)
  })

  it('lists pinned threads first, then by latest activity, with keyset pages that neither skip nor repeat', async () => {
    const a = await user()
    const base = Date.now() - 10_000_000
    for (let i = 0; i < THREADS_PAGE + 5; i++) await thread(categoryId, a.id, `Discussione ${i}`, 'testo', new Date(base + i * 1000))
    const pinned = await thread(categoryId, a.id, 'Regole della categoria', 'leggere', new Date(base - 5000))
    await db.thread.update({ where: { id: pinned.id }, data: { pinned: true } })
    const p1 = await listThreads(categoryId, {})
    expect(p1.threads[0]!.id).toBe(pinned.id)
    expect(p1.threads[1]!.title).toBe(`Discussione ${THREADS_PAGE + 4}`)
    expect(p1.next).toBeDefined()
    const p2 = await listThreads(categoryId, { after: p1.next })
    const seen = [...p1.threads, ...p2.threads].map((t) => t.id)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toHaveLength(THREADS_PAGE + 6)
    expect(p2.next).toBeUndefined()
  })

  it('counts unread posts per member', async () => {
    const a = await user()
    const b = await user()
    const t = await thread(categoryId, a.id, 'Unread test thread', 'primo')
    await db.post.create({ data: { threadId: t.id, authorId: a.id, number: 2, body: 'secondo', bodyHash: uid() } })
    await db.thread.update({ where: { id: t.id }, data: { lastPostNumber: 2, postCount: 2, lastPostAt: new Date() } })
    const before = (await listThreads(categoryId, { userId: b.id })).threads.find((x) => x.id === t.id)!
    expect(before.unread).toBe(2)
    await markThreadRead(b.id, t.id, 1)
    expect((await listThreads(categoryId, { userId: b.id })).threads.find((x) => x.id === t.id)!.unread).toBe(1)
    const page = await getThreadPage(t.id, { userId: b.id, moderator: false })
    expect(page?.lastReadNumber).toBe(1)
  })

  it('hides hidden posts from members but not from moderators', async () => {
    const a = await user()
    const t = await thread(categoryId, a.id, 'Hidden post thread', 'visibile')
    await db.post.create({ data: { threadId: t.id, authorId: a.id, number: 2, body: 'spam spam', bodyHash: uid(), hiddenAt: new Date(), hiddenReason: 'spam' } })
    const member = await getThreadPage(t.id, { moderator: false })
    expect(member!.posts[1]!.html).toBe('')
    expect(member!.posts[1]!.hiddenReason).toBeNull()
    const mod = await getThreadPage(t.id, { moderator: true })
    expect(mod!.posts[1]!.html).toContain('spam spam')
    expect(mod!.posts[1]!.hiddenReason).toBe('spam')
  })

  it('notifies mentioned members and followers once each, never the author', async () => {
    const a = await user('Author')
    const b = await user('Mentioned')
    const c = await user('Follower')
    const t = await thread(categoryId, a.id, 'Notify thread', 'x')
    await db.threadFollow.createMany({ data: [{ userId: b.id, threadId: t.id }, { userId: c.id, threadId: t.id }, { userId: a.id, threadId: t.id }] })
    await db.$transaction((tx) => notifyNewPost(tx, { actorId: a.id, threadId: t.id, categoryId, number: 2, body: `ciao @${b.handle} e @${a.handle}`, title: 'Notify thread', newThread: false }))
    const rows = await db.notification.findMany({ where: { threadId: t.id }, select: { userId: true, kind: true } })
    expect(rows).toHaveLength(2)
    expect(rows.find((r) => r.userId === b.id)?.kind).toBe('MENTION')
    expect(rows.find((r) => r.userId === c.id)?.kind).toBe('FOLLOWED_THREAD')
  })

  it('searches titles and posts, case-insensitively, with the same results on both databases', async () => {
    const a = await user()
    const word = `verificatore${uid()}`
    const t1 = await thread(categoryId, a.id, `Cosa chiede il ${word.toUpperCase()}?`, 'Domanda sul rinnovo APO.')
    const t2 = await thread(categoryId, a.id, 'Dichiarazione ambientale di distretto', `Il ${word} ha chiesto gli indicatori.`)
    await thread(categoryId, a.id, 'Altro argomento', 'nulla a che vedere')
    const hits = await searchForum(word)
    expect(hits.map((h) => h.threadId).sort()).toEqual([t1.id, t2.id].sort())
    expect(hits.find((h) => h.threadId === t2.id)!.excerpt).toContain(word)
    expect(await searchForum(`${word} indicatori`)).toHaveLength(1)
    expect(hits.find((h) => h.threadId === t2.id)!.excerpt).toContain(`⟦${word}⟧`)
    // Prefix matching, as typed.
    expect((await searchForum(word.slice(0, -2))).map((h) => h.threadId).sort()).toEqual([t1.id, t2.id].sort())
    // The index follows edits and ignores hidden posts.
    const post = await db.post.findFirstOrThrow({ where: { threadId: t2.id, number: 1 } })
    const fresh = `rinnovato${uid()}`
    await db.post.update({ where: { id: post.id }, data: { body: `Testo nuovo: ${fresh}.` } })
    expect((await searchForum(fresh)).map((h) => h.threadId)).toEqual([t2.id])
    expect((await searchForum(`${word} indicatori`))).toHaveLength(0)
    await db.post.update({ where: { id: post.id }, data: { hiddenAt: new Date() } })
    expect(await searchForum(fresh)).toEqual([])
    expect(await searchForum('%')).toEqual([])
    // Same rules on both databases: case-insensitive, accent-sensitive.
    const acc = await thread(categoryId, a.id, 'Accenti', `Le attività ${word} del comitato`)
    expect((await searchForum(`ATTIVITÀ ${word}`)).map((h) => h.threadId)).toEqual([acc.id])
    expect(await searchForum(`attivita ${word}`)).toEqual([])
    expect(await searchForum("'; DROP TABLE \"Post\"; --")).toEqual([])
    expect(await db.post.count()).toBeGreaterThan(0)
  })

  it('hands out distinct post numbers to concurrent replies', async () => {
    const a = await user()
    const t = await thread(categoryId, a.id, 'Concurrent replies', 'x')
    await Promise.all(
      Array.from({ length: 10 }, () =>
        db.$transaction(async (tx) => {
          const u = await tx.thread.update({ where: { id: t.id }, data: { lastPostNumber: { increment: 1 } }, select: { lastPostNumber: true } })
          await tx.post.create({ data: { threadId: t.id, authorId: a.id, number: u.lastPostNumber, body: 'r', bodyHash: uid() } })
        }),
      ),
    )
    const numbers = (await db.post.findMany({ where: { threadId: t.id }, select: { number: true }, orderBy: { number: 'asc' } })).map((p) => p.number)
    expect(numbers).toEqual(Array.from({ length: 11 }, (_, i) => i + 1))
  })
})
