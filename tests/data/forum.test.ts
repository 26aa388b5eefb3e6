import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { seedReference } from '@/server/seed'
import { notifyNewPost } from '@/server/forum/notify'
import { listThreads, getPostRevisions, getThreadMemberView, getThreadPage, markThreadRead, THREADS_PAGE } from '@/server/forum/queries'
import { createCategory, createThread, deletePost, editPost, flagPost, hidePost, markRead, postSource, reply, setLocked, toggleUseful } from '@/server/forum/commands'
import { categoryFormSchema, newThreadSchema } from '@/lib/validations/forum'
import { revalidated } from '@/tests/next-cache-stub'
import { data, errorOf, member } from './helpers'

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
})

describe(`forum commands (${provider})`, () => {
  const newThread = (title: string, body = `Testo della discussione ${uid()}`) => newThreadSchema.parse({ categoryId, title, body, tags: 'emas, apo' })

  it('numbers concurrent replies 2…11 with no gaps or repeats, and keeps the counters right', async () => {
    const author = await member()
    const repliers = await Promise.all(Array.from({ length: 10 }, () => member()))
    const before = await db.forumCategory.findUniqueOrThrow({ where: { id: categoryId }, select: { postCount: true } })
    const { threadId } = data(await createThread(newThread('Risposte tutte insieme'), author))
    const results = await Promise.all(repliers.map((u, i) => reply({ threadId, body: `Risposta numero ${i} ${uid()}` }, u)))
    expect(results.map((r) => data(r).number).sort((x, y) => x - y)).toEqual(Array.from({ length: 10 }, (_, i) => i + 2))
    const posts = await db.post.findMany({ where: { threadId }, orderBy: { number: 'asc' }, select: { number: true } })
    expect(posts.map((p) => p.number)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1))
    const t = await db.thread.findUniqueOrThrow({ where: { id: threadId }, select: { postCount: true, lastPostNumber: true, tags: true } })
    expect(t).toEqual({ postCount: 11, lastPostNumber: 11, tags: ',emas,apo,' })
    expect((await db.forumCategory.findUniqueOrThrow({ where: { id: categoryId }, select: { postCount: true } })).postCount).toBe(before.postCount + 11)
    expect(revalidated).toContain('/[locale]/forum/t/[id] (page)')
  })

  it('limits new accounts to 3 threads a day and refuses the same text twice', async () => {
    const newcomer = await member('MEMBER', { ageHours: 1 })
    for (let i = 0; i < 3; i++) data(await createThread(newThread(`Prima domanda numero ${i}`), newcomer))
    expect(errorOf(await createThread(newThread('Quarta domanda del giorno'), newcomer))).toBe('rateLimitedNewAccount')

    const regular = await member()
    const { threadId } = data(await createThread(newThread('Una domanda sui rifiuti'), regular))
    data(await reply({ threadId, body: 'Lo stesso testo, due volte' }, regular))
    const twice = await reply({ threadId, body: 'lo  stesso testo, due volte' }, regular)
    expect(twice).toEqual({ ok: false, fieldErrors: { body: 'duplicatePost' } })
  })

  it('lets moderators lock, hide and delete; members cannot reply to a locked thread', async () => {
    const [author, other, mod] = [await member(), await member(), await member('MODERATOR')]
    const { threadId } = data(await createThread(newThread('Discussione da moderare'), author))
    const { number } = data(await reply({ threadId, body: `Il mio numero è 333 1234567 ${uid()}` }, other))
    expect(errorOf(await setLocked({ threadId, value: true }, other))).toBe('forbidden')
    data(await setLocked({ threadId, value: true }, mod))
    expect(errorOf(await reply({ threadId, body: `Ancora io ${uid()}` }, other))).toBe('threadLocked')
    data(await reply({ threadId, body: `Discussione chiusa ${uid()}` }, mod))

    const post = await db.post.findFirstOrThrow({ where: { threadId, number }, select: { id: true } })
    data(await flagPost({ postId: post.id, reason: 'numero di telefono' }, author))
    data(await hidePost({ postId: post.id, reason: 'dati personali' }, mod))
    expect(await db.flag.count({ where: { postId: post.id, status: 'OPEN' } })).toBe(0)
    const page = await getThreadPage(threadId, { moderator: false })
    expect(page!.posts.find((p) => p.number === number)!.html).toBe('')

    const first = await db.post.findFirstOrThrow({ where: { threadId, number: 1 }, select: { id: true } })
    const count = async () => (await db.forumCategory.findUniqueOrThrow({ where: { id: categoryId }, select: { threadCount: true } })).threadCount
    const threadsBefore = await count()
    expect(data(await deletePost({ postId: first.id }, mod))).toEqual({ threadDeleted: true })
    expect(await count()).toBe(threadsBefore - 1)
    expect(await getThreadPage(threadId, { moderator: false })).toBeNull()
  })

  it("gives each member their own layer over the cached thread page: tools, marks, unread marker, hidden text for moderators (issue 15)", async () => {
    const [author, other, mod] = [await member(), await member(), await member('MODERATOR')]
    const { threadId } = data(await createThread(newThread('Il livello del membro'), author))
    const r2 = data(await reply({ threadId, body: `Seconda risposta ${uid()}` }, other))
    const r3 = data(await reply({ threadId, body: `Terza risposta, 333 1234567 ${uid()}` }, other))
    const [p1, p2, p3] = await db.post.findMany({ where: { threadId }, orderBy: { number: 'asc' }, select: { id: true } })
    data(await toggleUseful({ postId: p2!.id }, author))
    data(await markRead({ threadId, number: 2 }, author))
    data(await hidePost({ postId: p3!.id, reason: 'dati personali' }, mod))

    const mine = (await getThreadMemberView(author, threadId))!
    expect(mine.posts[p1!.id]!.can.edit).toBe(true)
    expect(mine.posts[p2!.id]!.can).toMatchObject({ edit: false, react: true, accept: true })
    expect(mine.posts[p2!.id]!.markedUseful).toBe(true)
    expect(mine.firstUnread).toBe(r3.number)
    expect(mine.posts[p3!.id]!.hidden).toBeNull()
    expect(mine.moderator).toBe(false)

    const theirs = (await getThreadMemberView(other, threadId))!
    expect(theirs.posts[p2!.id]!.markedUseful).toBe(false)
    expect(theirs.posts[p1!.id]!.can.edit).toBe(false)
    expect(theirs.firstUnread).toBeNull() // never opened: no marker on a first visit
    expect(r2.number).toBe(2)

    const moderator = (await getThreadMemberView(mod, threadId))!
    expect(moderator.posts[p3!.id]!.hidden).toMatchObject({ reason: 'dati personali' })
    expect(moderator.posts[p3!.id]!.hidden!.html).toContain('333 1234567')
    expect(moderator.categories.length).toBeGreaterThan(0)

    // The source for quoting and editing: a hidden post's only for moderators.
    expect(data(await postSource({ postId: p2!.id }, author)).body).toContain('Seconda risposta')
    expect(errorOf(await postSource({ postId: p3!.id }, author))).toBe('notFound')
    expect(data(await postSource({ postId: p3!.id }, mod)).body).toContain('333 1234567')
  })

  it('gives a new category a free slug', async () => {
    const mod = await member('MODERATOR')
    const name = `Economia circolare ${uid()}`
    const input = categoryFormSchema.parse({ nameIt: name, nameEn: 'Circular economy', descriptionIt: 'Prova', descriptionEn: 'Test' })
    const a = data(await createCategory(input, mod))
    const b = data(await createCategory(input, mod))
    expect(a.slug).toMatch(/^economia-circolare-/)
    expect(b.slug).toBe(`${a.slug}-2`)
  })

  it('keeps the edit history of a hidden or deleted post for moderators only (issue 12)', async () => {
    const [author, mod] = [await member(), await member('MODERATOR')]
    const { threadId } = data(await createThread(newThread('Numeri di telefono nel forum'), author))
    const { number } = data(await reply({ threadId, body: `Chiamatemi al 333 1234567 ${uid()}` }, author))
    const post = await db.post.findFirstOrThrow({ where: { threadId, number }, select: { id: true } })
    data(await editPost({ postId: post.id, body: 'Scrivetemi in privato.' }, author))
    expect(await getPostRevisions(post.id, { moderator: false })).toHaveLength(1)
    data(await hidePost({ postId: post.id, reason: 'dati personali' }, mod))
    expect(await getPostRevisions(post.id, { moderator: false })).toEqual([])
    expect((await getPostRevisions(post.id, { moderator: true }))[0]!.body).toContain('333 1234567')
    data(await deletePost({ postId: post.id }, mod))
    expect(await getPostRevisions(post.id, { moderator: false })).toEqual([])
  })

  it('limits flags per member and says how long to wait (issue 12)', async () => {
    const [author, flagger] = [await member(), await member()]
    const { threadId } = data(await createThread(newThread('Una discussione da segnalare'), author))
    const post = await db.post.findFirstOrThrow({ where: { threadId, number: 1 }, select: { id: true } })
    for (let i = 0; i < 20; i++) data(await flagPost({ postId: post.id, reason: `motivo ${i}` }, flagger))
    const refused = await flagPost({ postId: post.id, reason: 'ancora' }, flagger)
    expect(refused).toMatchObject({ ok: false, formError: 'rateLimited' })
    expect(!refused.ok && refused.retryAfterMinutes).toBeGreaterThanOrEqual(59)
  })
})

describe(`the read marker (${provider})`, () => {
  it('moves forward from the browser, never back, never past the last post; the thread page does not write it', async () => {
    await seedReference()
    const [author, reader] = [await member(), await member()]
    const category = await db.forumCategory.findFirstOrThrow({ select: { id: true } })
    const { threadId } = data(await createThread(newThreadSchema.parse({ categoryId: category.id, title: `Segnalibro ${uid()}`, body: 'Apertura' }), author))
    for (const body of ['Seconda risposta lunga abbastanza', 'Terza risposta lunga abbastanza']) data(await reply({ threadId, body }, author))
    // Reading the page changes nothing.
    await getThreadPage(threadId, { userId: reader.id, moderator: false })
    expect(await db.threadRead.count({ where: { threadId, userId: reader.id } })).toBe(0)
    data(await markRead({ threadId, number: 99 }, reader))
    const at = () => db.threadRead.findUniqueOrThrow({ where: { userId_threadId: { userId: reader.id, threadId } } }).then((r) => r.lastReadNumber)
    expect(await at()).toBe(3)
    data(await markRead({ threadId, number: 1 }, reader))
    expect(await at()).toBe(3)
    expect(errorOf(await markRead({ threadId: 'nothread', number: 1 }, reader))).toBe('notFound')
  })
})
