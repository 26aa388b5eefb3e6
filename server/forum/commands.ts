import 'server-only'
import { notify } from '@/server/notifications/notify'
import crypto from 'node:crypto'
import { revalidatePath } from 'next/cache'
import { revalidatePublicPages } from '@/server/cache'
import { db } from '@/server/db'
import { getPostSource, markThreadRead } from '@/server/forum/queries'
import { audit } from '@/server/audit'
import type { Input } from '@/server/action'
import type { CurrentUser } from '@/server/auth/session'
import { linkErrors } from '@/server/link-checks'
import { limited } from '@/server/rate-limit'
import { LIMITS as RATE } from '@/lib/rate-window'
import { notifyNewPost } from '@/server/forum/notify'
import { extractMentions, renderMarkdown, normaliseForDuplicateCheck } from '@/lib/markdown'
import { fail, fieldFail, ok, tooMany, type ActionResult } from '@/lib/form'
import { encodeCodes } from '@/lib/codes'
import { slugify, uniqueSuffix } from '@/lib/slug'
import { canAcceptAnswer, canEditPost, canFlag, canModerate, canReact, canReply, isNewAccount } from '@/lib/policies'
import type {
  categoryFormSchema,
  editPostSchema,
  flagPostSchema,
  hidePostSchema,
  moveCategorySchema,
  moveThreadSchema,
  followCategorySchema,
  newThreadSchema,
  postRefSchema,
  previewSchema,
  replySchema,
  suggestMembersSchema,
  markReadSchema,
  resolveFlagSchema,
  toggleSchema,
} from '@/lib/validations/forum'

const HOUR = 60 * 60_000
/** Stricter for accounts younger than a day, like Discourse's first-day limits. */
const LIMITS = {
  thread: { new: { limit: 3, windowMs: 24 * HOUR }, regular: { limit: 20, windowMs: 24 * HOUR } },
  reply: { new: { limit: 10, windowMs: HOUR }, regular: { limit: 60, windowMs: HOUR } },
}

const hash = (body: string) => crypto.createHash('sha256').update(normaliseForDuplicateCheck(body)).digest('hex')

/** The posting limits and the duplicate check, before any write. */
async function postingProblem(userId: string, kind: 'thread' | 'reply', body: string): Promise<ActionResult<never> | null> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { createdAt: true } })
  const w = LIMITS[kind][isNewAccount(u.createdAt) ? 'new' : 'regular']
  const wait = await limited(`forum:${kind}:${userId}`, w)
  if (wait) return tooMany(isNewAccount(u.createdAt) ? 'rateLimitedNewAccount' : 'rateLimitedForum', wait)
  const dup = await db.post.findFirst({
    where: { authorId: userId, bodyHash: hash(body), createdAt: { gt: new Date(Date.now() - 24 * HOUR) }, deletedAt: null },
    select: { id: true },
  })
  return dup ? fieldFail({ body: 'duplicatePost' }) : null
}

function revalidateForum(threadId?: string) {
  revalidatePath('/[locale]/forum', 'layout')
  if (threadId) revalidatePath('/[locale]/forum/t/[id]', 'page')
  revalidatePublicPages()
}

/** The editor's live preview: the same sanitising renderer as a saved post. */
export async function preview({ body }: Input<typeof previewSchema>) {
  return ok({ html: renderMarkdown(body) })
}

/** Moves the member's own read marker in a thread forward (never back, never past the thread's last post). */
export async function markRead({ threadId, number }: Input<typeof markReadSchema>, user: CurrentUser) {
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { lastPostNumber: true, deletedAt: true } })
  if (!thread || thread.deletedAt) return fail('notFound')
  await markThreadRead(user.id, threadId, Math.min(number, thread.lastPostNumber))
  return ok(undefined)
}

/** A post's Markdown source, for quoting or editing it (fetched on demand: the cached page carries only its HTML). */
export async function postSource({ postId }: Input<typeof postRefSchema>, user: CurrentUser) {
  const body = await getPostSource(postId, canModerate(user))
  return body === null ? fail('notFound') : ok({ body })
}

/** Members whose @handle contains what was typed after "@" (handles first that start with it): at most six. */
export async function suggestMembers({ q }: Input<typeof suggestMembersSchema>) {
  const needle = q.toLowerCase()
  if (!needle) return ok({ members: [] as { handle: string; name: string }[] })
  const rows = await db.user.findMany({
    where: { handle: { contains: needle }, deletedAt: null, suspendedAt: null },
    orderBy: { handle: 'asc' },
    take: 30,
    select: { handle: true, name: true },
  })
  const members = rows
    .flatMap((r) => (r.handle ? [{ handle: r.handle, name: r.name }] : []))
    .sort((a, b) => Number(!a.handle.startsWith(needle)) - Number(!b.handle.startsWith(needle)))
    .slice(0, 6)
  return ok({ members })
}

export async function createThread(input: Input<typeof newThreadSchema>, user: CurrentUser) {
  const category = await db.forumCategory.findUnique({ where: { id: input.categoryId }, select: { id: true } })
  if (!category) return fieldFail({ categoryId: 'required' })
  const links = await linkErrors(input)
  if (Object.keys(links).length) return fieldFail(links)
  const problem = await postingProblem(user.id, 'thread', input.body)
  if (problem) return problem
  const now = new Date()
  const mentions = await knownHandles(input.body)
  const thread = await db.$transaction(async (tx) => {
    const t = await tx.thread.create({
      data: {
        categoryId: category.id,
        authorId: user.id,
        title: input.title,
        tags: encodeCodes(input.tags),
        lastPostAt: now,
        caseStudySlug: input.caseStudySlug || null,
        clusterId: input.clusterId || null,
        eventId: input.eventId || null,
      },
      select: { id: true },
    })
    await tx.post.create({
      data: {
        threadId: t.id,
        authorId: user.id,
        number: 1,
        body: input.body,
        html: renderMarkdown(input.body, { mentions }),
        bodyHash: hash(input.body),
        createdAt: now,
      },
    })
    await tx.forumCategory.update({
      where: { id: category.id },
      data: { threadCount: { increment: 1 }, postCount: { increment: 1 }, lastPostAt: now },
    })
    await tx.threadFollow.create({ data: { userId: user.id, threadId: t.id } })
    await tx.threadRead.create({ data: { userId: user.id, threadId: t.id, lastReadNumber: 1 } })
    await notifyNewPost(tx, {
      actorId: user.id,
      threadId: t.id,
      categoryId: category.id,
      number: 1,
      body: input.body,
      title: input.title,
      newThread: true,
    })
    return t
  })
  revalidateForum()
  if (input.eventId) revalidatePath('/[locale]/events/[id]', 'page')
  return ok({ threadId: thread.id })
}

export async function reply({ threadId, body }: Input<typeof replySchema>, user: CurrentUser) {
  const thread = await db.thread.findUnique({
    where: { id: threadId },
    select: { id: true, authorId: true, locked: true, deletedAt: true, categoryId: true, title: true },
  })
  if (!thread) return fail('notFound')
  if (!canReply(user, thread)) return fail(thread.locked ? 'threadLocked' : 'forbidden')
  const problem = await postingProblem(user.id, 'reply', body)
  if (problem) return problem
  const now = new Date()
  const mentions = await knownHandles(body)
  const number = await db.$transaction(async (tx) => {
    // The atomic increment hands out the post number: concurrent replies never share one.
    const t = await tx.thread.update({
      where: { id: threadId },
      data: { lastPostNumber: { increment: 1 }, postCount: { increment: 1 }, lastPostAt: now },
      select: { lastPostNumber: true },
    })
    await tx.post.create({
      data: {
        threadId,
        authorId: user.id,
        number: t.lastPostNumber,
        body,
        html: renderMarkdown(body, { mentions }),
        bodyHash: hash(body),
        createdAt: now,
      },
    })
    await tx.forumCategory.update({ where: { id: thread.categoryId }, data: { postCount: { increment: 1 }, lastPostAt: now } })
    await tx.threadFollow.upsert({
      where: { userId_threadId: { userId: user.id, threadId } },
      create: { userId: user.id, threadId },
      update: {},
    })
    await tx.threadRead.upsert({
      where: { userId_threadId: { userId: user.id, threadId } },
      create: { userId: user.id, threadId, lastReadNumber: t.lastPostNumber },
      update: { lastReadNumber: t.lastPostNumber },
    })
    await notifyNewPost(tx, {
      actorId: user.id,
      threadId,
      categoryId: thread.categoryId,
      number: t.lastPostNumber,
      body,
      title: thread.title,
      newThread: false,
    })
    return t.lastPostNumber
  })
  revalidateForum(threadId)
  return ok({ number })
}

async function loadPost(postId: string) {
  return db.post.findUnique({
    where: { id: postId },
    select: {
      id: true,
      authorId: true,
      number: true,
      body: true,
      hiddenAt: true,
      deletedAt: true,
      threadId: true,
      thread: { select: { id: true, authorId: true, locked: true, deletedAt: true, acceptedPostId: true, title: true, categoryId: true } },
    },
  })
}

/** The @handles of a text that belong to members (they become profile links); one query, none without mentions. */
async function knownHandles(body: string): Promise<string[]> {
  const handles = extractMentions(body)
  if (!handles.length) return []
  const rows = await db.user.findMany({ where: { handle: { in: handles }, deletedAt: null }, select: { handle: true } })
  return rows.flatMap((r) => (r.handle ? [r.handle] : []))
}

export async function editPost({ postId, body }: Input<typeof editPostSchema>, user: CurrentUser) {
  const post = await loadPost(postId)
  if (!post) return fail('notFound')
  if (!canEditPost(user, post, post.thread)) return fail('forbidden')
  if (post.body === body) return ok({ number: post.number })
  const mentions = await knownHandles(body)
  await db.$transaction([
    db.postRevision.create({ data: { postId, body: post.body, editedById: user.id } }),
    db.post.update({
      where: { id: postId },
      data: { body, html: renderMarkdown(body, { mentions }), bodyHash: hash(body), editedAt: new Date() },
    }),
    // A moderator editing someone else's post is on the record; the earlier text stays in the revisions.
    ...(post.authorId !== user.id
      ? [audit(db, user, { action: 'post.edit', target: { type: 'post', id: postId, label: `${post.thread.title} #${post.number}` } })]
      : []),
  ])
  revalidateForum(post.threadId)
  return ok({ number: post.number })
}

export async function toggleUseful({ postId }: Input<typeof postRefSchema>, user: CurrentUser) {
  const post = await loadPost(postId)
  if (!post) return fail('notFound')
  if (!canReact(user, post)) return fail('forbidden')
  const marked = await db.$transaction(async (tx) => {
    const removed = await tx.postReaction.deleteMany({ where: { postId, userId: user.id } })
    if (removed.count) {
      await tx.post.update({ where: { id: postId }, data: { usefulCount: { decrement: 1 } } })
      return false
    }
    await tx.postReaction.create({ data: { postId, userId: user.id } })
    await tx.post.update({ where: { id: postId }, data: { usefulCount: { increment: 1 } } })
    return true
  })
  revalidateForum(post.threadId)
  return ok({ marked })
}

export async function acceptAnswer({ postId }: Input<typeof postRefSchema>, user: CurrentUser) {
  const post = await loadPost(postId)
  if (!post) return fail('notFound')
  if (!canAcceptAnswer(user, post.thread, post)) return fail('forbidden')
  const unaccept = post.thread.acceptedPostId === postId
  await db.$transaction(async (tx) => {
    await tx.thread.update({ where: { id: post.threadId }, data: { acceptedPostId: unaccept ? null : postId } })
    if (!unaccept && post.authorId !== user.id) {
      await notify(tx, [
        {
          userId: post.authorId,
          kind: 'ACCEPTED',
          actorId: user.id,
          threadId: post.threadId,
          postNumber: post.number,
          text: post.thread.title,
        },
      ])
    }
  })
  revalidateForum(post.threadId)
  return ok({ accepted: !unaccept })
}

export async function followThread({ threadId, value }: Input<typeof toggleSchema>, user: CurrentUser) {
  if (!(await db.thread.findUnique({ where: { id: threadId }, select: { id: true } }))) return fail('notFound')
  if (value)
    await db.threadFollow.upsert({
      where: { userId_threadId: { userId: user.id, threadId } },
      create: { userId: user.id, threadId },
      update: {},
    })
  else await db.threadFollow.deleteMany({ where: { userId: user.id, threadId } })
  revalidateForum(threadId)
  return ok({ following: value })
}

export async function followCategory({ categoryId, value }: Input<typeof followCategorySchema>, user: CurrentUser) {
  if (!(await db.forumCategory.findUnique({ where: { id: categoryId }, select: { id: true } }))) return fail('notFound')
  if (value)
    await db.categoryFollow.upsert({
      where: { userId_categoryId: { userId: user.id, categoryId } },
      create: { userId: user.id, categoryId },
      update: {},
    })
  else await db.categoryFollow.deleteMany({ where: { userId: user.id, categoryId } })
  revalidateForum()
  return ok({ following: value })
}

export async function flagPost({ postId, reason }: Input<typeof flagPostSchema>, user: CurrentUser) {
  const post = await loadPost(postId)
  if (!post) return fail('notFound')
  if (!canFlag(user, post)) return fail('forbidden')
  const wait = await limited(`forum:flag:${user.id}`, RATE.flagsPerMember)
  if (wait) return tooMany('rateLimited', wait)
  await db.flag.upsert({
    where: { postId_userId: { postId, userId: user.id } },
    create: { postId, userId: user.id, reason },
    update: { reason, status: 'OPEN' },
  })
  return ok(undefined)
}

// Moderation (moderators and admins).

export async function setPinned({ threadId, value }: Input<typeof toggleSchema>, user: CurrentUser) {
  if (!canModerate(user)) return fail('forbidden')
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { title: true, pinned: true } })
  if (!thread) return fail('notFound')
  await db.$transaction([
    db.thread.update({ where: { id: threadId }, data: { pinned: value } }),
    audit(db, user, {
      action: 'thread.pin',
      target: { type: 'thread', id: threadId, label: thread.title },
      before: { pinned: thread.pinned },
      after: { pinned: value },
    }),
  ])
  revalidateForum(threadId)
  return ok(undefined)
}

export async function setLocked({ threadId, value }: Input<typeof toggleSchema>, user: CurrentUser) {
  if (!canModerate(user)) return fail('forbidden')
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { title: true, locked: true } })
  if (!thread) return fail('notFound')
  await db.$transaction([
    db.thread.update({ where: { id: threadId }, data: { locked: value } }),
    audit(db, user, {
      action: 'thread.lock',
      target: { type: 'thread', id: threadId, label: thread.title },
      before: { locked: thread.locked },
      after: { locked: value },
    }),
  ])
  revalidateForum(threadId)
  return ok(undefined)
}

export async function moveThread({ threadId, categoryId }: Input<typeof moveThreadSchema>, user: CurrentUser) {
  if (!canModerate(user)) return fail('forbidden')
  const [thread, target] = await Promise.all([
    db.thread.findUnique({ where: { id: threadId }, select: { categoryId: true, postCount: true, deletedAt: true, title: true } }),
    db.forumCategory.findUnique({ where: { id: categoryId }, select: { id: true } }),
  ])
  if (!thread || !target) return fail('notFound')
  if (thread.categoryId === categoryId) return ok(undefined)
  await db.$transaction([
    db.thread.update({ where: { id: threadId }, data: { categoryId } }),
    audit(db, user, {
      action: 'thread.move',
      target: { type: 'thread', id: threadId, label: thread.title },
      before: { categoryId: thread.categoryId },
      after: { categoryId },
    }),
    db.forumCategory.update({
      where: { id: thread.categoryId },
      data: { threadCount: { decrement: 1 }, postCount: { decrement: thread.postCount } },
    }),
    db.forumCategory.update({
      where: { id: categoryId },
      data: { threadCount: { increment: 1 }, postCount: { increment: thread.postCount } },
    }),
  ])
  revalidateForum(threadId)
  return ok(undefined)
}

export async function hidePost({ postId, reason }: Input<typeof hidePostSchema>, mod: CurrentUser) {
  if (!canModerate(mod)) return fail('forbidden')
  const post = await loadPost(postId)
  if (!post) return fail('notFound')
  await hideAndResolveFlags(postId, reason, mod, `${post.thread.title} #${post.number}`)
  revalidateForum(post.threadId)
  return ok(undefined)
}

/** Hides a post and closes every open flag on it, in one transaction. */
async function hideAndResolveFlags(postId: string, reason: string, mod: CurrentUser, label: string) {
  const now = new Date()
  await db.$transaction([
    db.post.update({ where: { id: postId }, data: { hiddenAt: now, hiddenReason: reason, hiddenById: mod.id } }),
    audit(db, mod, { action: 'post.hide', target: { type: 'post', id: postId, label }, after: { reason } }),
    db.flag.updateMany({ where: { postId, status: 'OPEN' }, data: { status: 'RESOLVED', resolvedById: mod.id, resolvedAt: now } }),
  ])
}

export async function unhidePost({ postId }: Input<typeof postRefSchema>, user: CurrentUser) {
  if (!canModerate(user)) return fail('forbidden')
  const post = await loadPost(postId)
  if (!post) return fail('notFound')
  await db.$transaction([
    db.post.update({ where: { id: postId }, data: { hiddenAt: null, hiddenReason: null, hiddenById: null } }),
    audit(db, user, { action: 'post.unhide', target: { type: 'post', id: postId, label: `${post.thread.title} #${post.number}` } }),
  ])
  revalidateForum(post.threadId)
  return ok(undefined)
}

/** Deleting the first post deletes the thread. Rows are kept (soft delete) for the record. */
export async function deletePost({ postId }: Input<typeof postRefSchema>, user: CurrentUser) {
  if (!canModerate(user)) return fail('forbidden')
  const post = await loadPost(postId)
  if (!post) return fail('notFound')
  const now = new Date()
  if (post.number === 1) {
    await db.$transaction([
      db.thread.update({ where: { id: post.threadId }, data: { deletedAt: now } }),
      audit(db, user, { action: 'thread.delete', target: { type: 'thread', id: post.threadId, label: post.thread.title } }),
      db.forumCategory.update({ where: { id: post.thread.categoryId }, data: { threadCount: { decrement: 1 } } }),
    ])
  } else {
    await db.$transaction([
      db.post.update({ where: { id: postId }, data: { deletedAt: now } }),
      ...(post.thread.acceptedPostId === postId
        ? [db.thread.update({ where: { id: post.threadId }, data: { acceptedPostId: null } })]
        : []),
      audit(db, user, { action: 'post.delete', target: { type: 'post', id: postId, label: `${post.thread.title} #${post.number}` } }),
    ])
  }
  revalidateForum(post.threadId)
  return ok({ threadDeleted: post.number === 1 })
}

export async function resolveFlag({ flagId, action: what, reason }: Input<typeof resolveFlagSchema>, mod: CurrentUser) {
  if (!canModerate(mod)) return fail('forbidden')
  const flag = await db.flag.findUnique({
    where: { id: flagId },
    select: {
      postId: true,
      reason: true,
      status: true,
      post: { select: { threadId: true, number: true, thread: { select: { title: true } } } },
    },
  })
  if (!flag) return fail('notFound')
  const label = `${flag.post.thread.title} #${flag.post.number}`
  if (what === 'hide') await hideAndResolveFlags(flag.postId, reason || flag.reason, mod, label)
  else
    await db.$transaction([
      db.flag.update({ where: { id: flagId }, data: { status: 'DISMISSED', resolvedById: mod.id, resolvedAt: new Date() } }),
      audit(db, mod, { action: 'flag.dismiss', target: { type: 'post', id: flag.postId, label }, before: { reason: flag.reason } }),
    ])
  revalidateForum(flag.post.threadId)
  return ok(undefined)
}

export async function createCategory(input: Input<typeof categoryFormSchema>, user: CurrentUser) {
  if (!canModerate(user)) return fail('forbidden')
  const base = slugify(input.nameIt, { maxLength: 50, fallback: 'categoria' })
  const slug = await uniqueSuffix(base, async (slug) => !!(await db.forumCategory.findUnique({ where: { slug }, select: { id: true } })))
  const max = await db.forumCategory.aggregate({ _max: { position: true } })
  const created = await db.forumCategory.create({ data: { ...input, slug, position: (max._max.position ?? 0) + 1 }, select: { id: true } })
  await audit(db, user, { action: 'category.create', target: { type: 'category', id: created.id, label: input.nameIt } })
  revalidateForum()
  return ok({ slug })
}

export async function moveCategory({ categoryId, direction }: Input<typeof moveCategorySchema>, user: CurrentUser) {
  if (!canModerate(user)) return fail('forbidden')
  const all = await db.forumCategory.findMany({ orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: { id: true } })
  const i = all.findIndex((c) => c.id === categoryId)
  const j = direction === 'up' ? i - 1 : i + 1
  if (i < 0) return fail('notFound')
  if (j < 0 || j >= all.length) return ok(undefined)
  const order = [...all]
  ;[order[i], order[j]] = [order[j]!, order[i]!]
  await db.$transaction(order.map((c, position) => db.forumCategory.update({ where: { id: c.id }, data: { position } })))
  revalidateForum()
  return ok(undefined)
}
