import 'server-only'
import { cache } from 'react'
import { db } from '@/server/db'
import { renderMarkdown } from '@/lib/markdown'
import type { CurrentUser } from '@/server/auth/session'
import { markdownToText } from '@/lib/search/plain-text'
import { canAcceptAnswer, canEditPost, canFlag, canModerate, canReact, canReply } from '@/lib/policies'

export const THREADS_PAGE = 30
export const POSTS_PAGE = 50

export async function listCategories() {
  return db.forumCategory.findMany({
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      slug: true,
      nameIt: true,
      nameEn: true,
      descriptionIt: true,
      descriptionEn: true,
      threadCount: true,
      postCount: true,
      lastPostAt: true,
      position: true,
    },
  })
}

export async function getCategoryBySlug(slug: string) {
  return db.forumCategory.findUnique({
    where: { slug },
    select: { id: true, slug: true, nameIt: true, nameEn: true, descriptionIt: true, descriptionEn: true, threadCount: true },
  })
}

/** Cursor "<ISO time>_<id>" of the last thread on the previous page. */
export function encodeCursor(at: Date, id: string) {
  return `${at.toISOString()}_${id}`
}
function decodeCursor(c: string | undefined) {
  const m = c ? /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_([a-z0-9]{1,40})$/.exec(c) : null
  return m ? { at: new Date(m[1]!), id: m[2]! } : null
}

const threadListSelect = {
  id: true,
  title: true,
  pinned: true,
  locked: true,
  tags: true,
  postCount: true,
  lastPostAt: true,
  lastPostNumber: true,
  acceptedPostId: true,
  createdAt: true,
  author: { select: { name: true, handle: true } },
} as const

/**
 * Threads of a category: pinned ones first (on the first page), then by latest activity, keyset-paginated
 * on (lastPostAt, id) over the index (categoryId, deletedAt, pinned, lastPostAt, id) — no OFFSET scans.
 * Unread markers come from one query over the page's threads (no N+1).
 */
export async function listThreads(categoryId: string, opts: { after?: string; userId?: string }) {
  const cursor = decodeCursor(opts.after)
  const pinned = cursor
    ? []
    : await db.thread.findMany({
        where: { categoryId, deletedAt: null, pinned: true },
        orderBy: [{ lastPostAt: 'desc' }, { id: 'desc' }],
        take: 20,
        select: threadListSelect,
      })
  const rows = await db.thread.findMany({
    where: {
      categoryId,
      deletedAt: null,
      pinned: false,
      ...(cursor ? { OR: [{ lastPostAt: { lt: cursor.at } }, { lastPostAt: cursor.at, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ lastPostAt: 'desc' }, { id: 'desc' }],
    take: THREADS_PAGE + 1,
    select: threadListSelect,
  })
  const page = rows.slice(0, THREADS_PAGE)
  const last = page.at(-1)
  const threads = [...pinned, ...page]
  const reads =
    opts.userId && threads.length
      ? await db.threadRead.findMany({
          where: { userId: opts.userId, threadId: { in: threads.map((t) => t.id) } },
          select: { threadId: true, lastReadNumber: true },
        })
      : []
  const readMap = new Map(reads.map((r) => [r.threadId, r.lastReadNumber]))
  return {
    threads: threads.map((t) => {
      const read = readMap.get(t.id)
      return {
        ...t,
        unread: opts.userId ? (read === undefined ? t.lastPostNumber : Math.max(0, t.lastPostNumber - read)) : 0,
        seen: read !== undefined,
      }
    }),
    next: rows.length > THREADS_PAGE && last ? encodeCursor(last.lastPostAt, last.id) : undefined,
  }
}

/** What a thread page's metadata needs (title, the opening post's start): one light query, once per request. */
export const getThreadMeta = cache(async (threadId: string) => {
  const thread = await db.thread.findUnique({
    where: { id: threadId },
    select: {
      title: true,
      deletedAt: true,
      posts: { where: { number: 1, hiddenAt: null, deletedAt: null }, select: { body: true }, take: 1 },
    },
  })
  return thread && !thread.deletedAt ? { title: thread.title, opening: markdownToText((thread.posts[0]?.body ?? '').slice(0, 2000)) } : null
})

/** A thread with one page of posts (by post number, keyset), rendered to safe HTML. */
export async function getThreadPage(threadId: string, opts: { from?: number; userId?: string; moderator: boolean }) {
  const thread = await db.thread.findUnique({
    where: { id: threadId },
    select: {
      id: true,
      title: true,
      pinned: true,
      locked: true,
      deletedAt: true,
      tags: true,
      caseStudySlug: true,
      clusterId: true,
      eventId: true,
      postCount: true,
      lastPostNumber: true,
      acceptedPostId: true,
      authorId: true,
      createdAt: true,
      lastPostAt: true,
      category: { select: { id: true, slug: true, nameIt: true, nameEn: true } },
      author: { select: { name: true } },
    },
  })
  if (!thread || thread.deletedAt) return null
  const from = Math.max(1, opts.from ?? 1)
  const posts = await db.post.findMany({
    where: { threadId, number: { gte: from } },
    orderBy: { number: 'asc' },
    take: POSTS_PAGE,
    select: {
      id: true,
      number: true,
      body: true,
      html: true,
      authorId: true,
      createdAt: true,
      editedAt: true,
      hiddenAt: true,
      hiddenReason: true,
      deletedAt: true,
      usefulCount: true,
      author: { select: { name: true, handle: true } },
      _count: { select: { revisions: true } },
    },
  })
  const ids = posts.map((p) => p.id)
  const [mine, accepted, read] = await Promise.all([
    opts.userId && ids.length
      ? db.postReaction.findMany({ where: { userId: opts.userId, postId: { in: ids } }, select: { postId: true } })
      : [],
    thread.acceptedPostId
      ? db.post.findUnique({
          where: { id: thread.acceptedPostId },
          select: { id: true, number: true, body: true, html: true, hiddenAt: true, deletedAt: true, author: { select: { name: true } } },
        })
      : null,
    opts.userId
      ? db.threadRead.findUnique({ where: { userId_threadId: { userId: opts.userId, threadId } }, select: { lastReadNumber: true } })
      : null,
  ])
  const useful = new Set(mine.map((m) => m.postId))
  const visible = (p: { hiddenAt: Date | null; deletedAt: Date | null }) => !p.deletedAt && (!p.hiddenAt || opts.moderator)
  return {
    thread,
    lastReadNumber: read?.lastReadNumber ?? 0,
    accepted:
      accepted && !accepted.deletedAt && !accepted.hiddenAt ? { ...accepted, html: accepted.html || renderMarkdown(accepted.body) } : null,
    posts: posts.map((p) => ({
      ...p,
      // Rendered at write time; rows written before the column existed are rendered here.
      html: visible(p) ? p.html || renderMarkdown(p.body) : '',
      body: visible(p) ? p.body : '',
      hiddenReason: opts.moderator ? p.hiddenReason : null,
      markedUseful: useful.has(p.id),
      revisions: p._count.revisions,
    })),
    nextFrom: posts.length === POSTS_PAGE ? posts.at(-1)!.number + 1 : undefined,
  }
}

export async function markThreadRead(userId: string, threadId: string, number: number) {
  const current = await db.threadRead.findUnique({ where: { userId_threadId: { userId, threadId } }, select: { lastReadNumber: true } })
  if (current && current.lastReadNumber >= number) return
  await db.threadRead.upsert({
    where: { userId_threadId: { userId, threadId } },
    create: { userId, threadId, lastReadNumber: number },
    update: { lastReadNumber: number },
  })
}

export async function getFollowState(userId: string, threadId: string, categoryId: string) {
  const [t, c] = await Promise.all([
    db.threadFollow.findUnique({ where: { userId_threadId: { userId, threadId } }, select: { userId: true } }),
    db.categoryFollow.findUnique({ where: { userId_categoryId: { userId, categoryId } }, select: { userId: true } }),
  ])
  return { thread: !!t, category: !!c }
}

export async function followedCategoryIds(userId: string) {
  return new Set((await db.categoryFollow.findMany({ where: { userId }, select: { categoryId: true } })).map((f) => f.categoryId))
}

/**
 * A post's earlier versions — for those who may see the post: a hidden or deleted post (or one in a deleted
 * thread) keeps its history for moderators only, else its old text would still be readable there.
 */
export async function getPostRevisions(postId: string, { moderator }: { moderator: boolean }) {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { hiddenAt: true, deletedAt: true, thread: { select: { deletedAt: true } } },
  })
  if (!post) return []
  if (!moderator && (post.hiddenAt || post.deletedAt || post.thread.deletedAt)) return []
  return db.postRevision.findMany({ where: { postId }, orderBy: { createdAt: 'desc' }, select: { id: true, body: true, createdAt: true } })
}

export async function listOpenFlags() {
  return db.flag.findMany({
    where: { status: 'OPEN' },
    orderBy: { createdAt: 'asc' },
    take: 100,
    select: {
      id: true,
      reason: true,
      createdAt: true,
      post: {
        select: {
          id: true,
          number: true,
          body: true,
          hiddenAt: true,
          threadId: true,
          thread: { select: { title: true } },
          author: { select: { name: true } },
        },
      },
    },
  })
}

/**
 * What one member sees on one page of a thread beyond the cached page everyone gets (issue 15): their tools on each
 * post, their "useful" marks, where they stopped reading, their follows, and — for moderators — the text of hidden
 * posts. Null when the thread is gone. A handful of indexed reads; the posts' text is not read again.
 */
export async function getThreadMemberView(user: CurrentUser, threadId: string, from = 1) {
  const thread = await db.thread.findUnique({
    where: { id: threadId },
    select: { id: true, authorId: true, locked: true, deletedAt: true, acceptedPostId: true, categoryId: true },
  })
  if (!thread || thread.deletedAt) return null
  const moderator = canModerate(user)
  const posts = await db.post.findMany({
    where: { threadId, number: { gte: Math.max(1, from) } },
    orderBy: { number: 'asc' },
    take: POSTS_PAGE,
    select: { id: true, number: true, authorId: true, hiddenAt: true, hiddenReason: true, deletedAt: true },
  })
  const hiddenIds = moderator ? posts.filter((p) => p.hiddenAt && !p.deletedAt).map((p) => p.id) : []
  const [mine, read, follow, categories, hidden] = await Promise.all([
    posts.length
      ? db.postReaction.findMany({ where: { userId: user.id, postId: { in: posts.map((p) => p.id) } }, select: { postId: true } })
      : [],
    db.threadRead.findUnique({ where: { userId_threadId: { userId: user.id, threadId } }, select: { lastReadNumber: true } }),
    getFollowState(user.id, threadId, thread.categoryId),
    moderator ? listCategories() : [],
    hiddenIds.length ? db.post.findMany({ where: { id: { in: hiddenIds } }, select: { id: true, body: true, html: true } }) : [],
  ])
  const useful = new Set(mine.map((m) => m.postId))
  const hiddenHtml = new Map(hidden.map((h) => [h.id, h.html || renderMarkdown(h.body)]))
  const lastReadNumber = read?.lastReadNumber ?? 0
  const threadState = { authorId: thread.authorId, locked: thread.locked, deletedAt: thread.deletedAt }
  return {
    lastReadNumber,
    // The marker goes above the first post the member has not read yet (none on a first visit).
    firstUnread: lastReadNumber > 0 ? (posts.find((p) => p.number > lastReadNumber)?.number ?? null) : null,
    lastOnPage: posts.at(-1)?.number ?? 0,
    following: follow,
    moderator,
    canReply: canReply(user, threadState),
    categories: categories.map((c) => ({ id: c.id, nameIt: c.nameIt, nameEn: c.nameEn })),
    posts: Object.fromEntries(
      posts
        .filter((p) => !p.deletedAt)
        .map((p) => {
          const state = { authorId: p.authorId, number: p.number, hiddenAt: p.hiddenAt, deletedAt: p.deletedAt }
          return [
            p.id,
            {
              markedUseful: useful.has(p.id),
              can: {
                reply: canReply(user, threadState),
                edit: canEditPost(user, state, threadState),
                accept: canAcceptAnswer(user, threadState, state),
                react: canReact(user, state),
                flag: canFlag(user, state),
                moderate: moderator,
              },
              hidden: hiddenHtml.has(p.id) ? { html: hiddenHtml.get(p.id)!, reason: p.hiddenReason } : null,
            },
          ]
        }),
    ),
  }
}

export type ThreadMemberView = NonNullable<Awaited<ReturnType<typeof getThreadMemberView>>>

/** A post's Markdown source, to quote it or edit it — for those who may read the post. */
export async function getPostSource(postId: string, moderator: boolean) {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { body: true, hiddenAt: true, deletedAt: true, thread: { select: { deletedAt: true } } },
  })
  if (!post || post.deletedAt || post.thread.deletedAt || (post.hiddenAt && !moderator)) return null
  return post.body
}
