'use client'
import type { ReactNode } from 'react'
import { useTranslations } from 'next-intl'
import { useMember } from '@/components/member'
import { PostActions, type PostView } from './post-actions'
import { ReplyForm } from './reply-form'
import { useThreadMember } from './thread-member-context'
import { PostStatic } from './post-static'

export { ThreadMemberProvider } from './thread-member-context'

/** A post's tools for the member; for everyone else, how many found it useful. */
export function PostTools({ post }: { post: Omit<PostView, 'can' | 'markedUseful'> }) {
  const t = useTranslations('forum')
  const { view } = useThreadMember()
  const mine = view?.posts[post.id]
  if (!mine) return post.usefulCount > 0 ? <p className="mt-2 text-sm text-muted">{t('usefulCount', { count: post.usefulCount })}</p> : null
  return <PostActions post={{ ...post, can: mine.can, markedUseful: mine.markedUseful }} />
}

/** "Unread since here", above the first post the member has not read. */
export function UnreadMarker({ number }: { number: number }) {
  const t = useTranslations('forum')
  if (useThreadMember().view?.firstUnread !== number) return null
  return (
    <p className="mb-2 border-t-2 border-blue-700 pt-1 text-sm font-semibold text-blue-800" data-testid="unread-marker">
      {t('unreadSince')}
    </p>
  )
}

/** A hidden post: "hidden" for everyone; its text, with the reason, for moderators. */
export function HiddenPostBody({ postId }: { postId: string }) {
  const t = useTranslations('forum')
  const hidden = useThreadMember().view?.posts[postId]?.hidden
  if (!hidden) return <p className="mt-2 text-muted italic">{t('hidden')}</p>
  return (
    <>
      <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
        {t('hidden')} {hidden.reason && t('hiddenReason', { reason: hidden.reason })}
      </p>
      <div className="prose-cartesio prose mt-2" dangerouslySetInnerHTML={{ __html: hidden.html }} />
    </>
  )
}

/** The reply form for a member who may reply; the locked notice for one who may not; `children` (sign in) otherwise. */
export function ReplySlot({ threadId, children }: { threadId: string; children: ReactNode }) {
  const t = useTranslations('forum')
  const { status } = useMember()
  const { view } = useThreadMember()
  if (status !== 'member') return children
  if (!view) return null
  return view.canReply ? <ReplyForm threadId={threadId} /> : <p role="status">{t('lockedNotice')}</p>
}

/** One post of the page, as the RSC payload carries it: its ids and counts; its header and text come once, as HTML. */
export type PostItemData = {
  id: string
  number: number
  /** Hash of the post's static HTML (server/forum/post-static.ts). */
  v: string
  authorName: string
  authorHandle: string | null
  usefulCount: number
  accepted?: boolean
  hidden?: boolean
  deleted?: boolean
}

/**
 * A post in the list: unread marker, the post's static HTML, a moderator's view of a hidden post, the member's tools.
 * One client element per post keeps the page's payload small (issue 15); `history` and `after` are server-rendered
 * extras (a post's edit history, the accepted answer under the question).
 */
export function PostItem({ post: p, history, after }: { post: PostItemData; history?: ReactNode; after?: ReactNode }) {
  return (
    <li>
      <UnreadMarker number={p.number} />
      <article
        id={`post-${p.number}`}
        aria-labelledby={`post-${p.number}-h`}
        className="scroll-mt-4 rounded-lg border border-gray-200 p-4"
        data-testid="post"
      >
        <PostStatic key={p.v} postId={p.id} v={p.v} />
        {p.hidden && !p.deleted && <HiddenPostBody postId={p.id} />}
        {history}
        {!p.deleted && <PostTools post={{ ...p, accepted: !!p.accepted, hidden: !!p.hidden }} />}
      </article>
      {after}
    </li>
  )
}
