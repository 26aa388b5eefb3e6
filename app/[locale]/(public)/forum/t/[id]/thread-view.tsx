import { JsonLd } from '@/components/json-ld'
import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { OrgBadges } from '@/components/org-badges'
import { organisationBadges } from '@/server/network/queries'
import { Link, getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import type { CurrentUser } from '@/server/auth/session'
import { getFollowState, getPostRevisions, getThreadMeta, getThreadPage, listCategories } from '@/server/forum/queries'
import { MarkRead } from '../../_components/mark-read'
import { getCaseStudy } from '@/server/content/case-studies'
import { getCluster } from '@/server/territories/queries'
import { getEventTitle } from '@/server/events/queries'
import { env } from '@/server/env'
import { canAcceptAnswer, canEditPost, canFlag, canModerate, canReact, canReply } from '@/lib/policies'
import { PostActions } from '../../_components/post-actions'
import { ReplyForm } from '../../_components/reply-form'
import { ThreadTools } from '../../_components/thread-tools'
import { localised } from '@/lib/localised'
import { decodeCodes } from '@/lib/codes'

export async function threadMetadata(id: string): Promise<Metadata> {
  const meta = await getThreadMeta(id)
  if (!meta) return {}
  return { title: meta.title, description: meta.opening.slice(0, 160), openGraph: { title: meta.title, type: 'article' } }
}

/**
 * A thread page: the posts, and for a signed-in member their tools and the reply form. Rendered per request for
 * members (page.tsx) and, for visitors, from the page cache (app/[locale]/anon/…: the same view without a member).
 */
export async function ThreadView({
  locale,
  id,
  from,
  historyOf,
  user,
}: {
  locale: Locale
  id: string
  from?: number
  historyOf?: number
  user: CurrentUser | null
}) {
  const moderator = canModerate(user)
  const page = await getThreadPage(id, { from, userId: user?.id, moderator })
  if (!page) notFound()
  const { thread, posts } = page
  const [t, format, follow, categories, badges] = await Promise.all([
    getTranslations('forum'),
    getFormatter(),
    user ? getFollowState(user.id, thread.id, thread.category.id) : Promise.resolve({ thread: false, category: false }),
    moderator ? listCategories() : Promise.resolve([]),
    organisationBadges(posts.map((p) => p.authorId)),
  ])
  // The read marker moves after the page is shown (an action the browser calls), never during render.
  const lastOnPage = posts.at(-1)?.number ?? 0
  const historyPost = historyOf ? posts.find((p) => p.number === historyOf) : undefined
  const history = historyPost ? await getPostRevisions(historyPost.id, { moderator }) : []
  const caseStudy = thread.caseStudySlug ? getCaseStudy(thread.caseStudySlug) : undefined
  const cluster = thread.clusterId ? await getCluster(thread.clusterId) : null
  const linkedEvent = thread.eventId ? await getEventTitle(thread.eventId) : null
  const threadState = { authorId: thread.authorId, locked: thread.locked, deletedAt: thread.deletedAt }
  const url = env().APP_URL + getPathname({ href: { pathname: '/forum/t/[id]', params: { id } }, locale })
  const first = posts.find((p) => p.number === 1)
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'DiscussionForumPosting',
    headline: thread.title,
    url,
    datePublished: thread.createdAt.toISOString(),
    author: { '@type': 'Person', name: thread.author.name },
    text: first?.body.slice(0, 500),
    interactionStatistic: {
      '@type': 'InteractionCounter',
      interactionType: 'https://schema.org/CommentAction',
      userInteractionCount: thread.postCount - 1,
    },
    comment: posts
      .filter((p) => p.number > 1 && p.body)
      .slice(0, 20)
      .map((p) => ({
        '@type': 'Comment',
        url: `${url}#post-${p.number}`,
        author: { '@type': 'Person', name: p.author.name },
        datePublished: p.createdAt.toISOString(),
        text: p.body.slice(0, 300),
      })),
  }

  const renderPost = (p: (typeof posts)[number]) => {
    const state = { authorId: p.authorId, number: p.number, hiddenAt: p.hiddenAt, deletedAt: p.deletedAt }
    return (
      <article
        id={`post-${p.number}`}
        aria-labelledby={`post-${p.number}-h`}
        className="scroll-mt-4 rounded-lg border border-gray-200 p-4"
        data-testid="post"
      >
        <header className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`post-${p.number}-h`} className="font-semibold">
            {p.author.name}{' '}
            {p.author.handle && (
              <Link href={{ pathname: '/people/[handle]', params: { handle: p.author.handle } }} className="text-sm font-normal">
                @{p.author.handle}
              </Link>
            )}
            <OrgBadges orgs={badges.get(p.authorId)} />
          </h2>
          <p className="text-sm text-muted">
            <a href={`#post-${p.number}`} aria-label={t('permalink', { number: p.number })}>
              #{p.number}
            </a>{' '}
            ·{' '}
            <time dateTime={p.createdAt.toISOString()}>
              {format.dateTime(p.createdAt, {
                year: 'numeric',
                month: 'short',
                day: 'numeric',
                hour: '2-digit',
                minute: '2-digit',
                hourCycle: 'h23',
              })}
            </time>
            {p.editedAt && (
              <>
                {' '}
                · {t('edited')} ·{' '}
                <Link
                  href={{
                    pathname: '/forum/t/[id]',
                    params: { id },
                    query: { ...(from ? { from: String(from) } : {}), history: String(p.number) },
                  }}
                >
                  {t('history', { count: p.revisions })}
                </Link>
              </>
            )}
          </p>
        </header>
        {p.deletedAt ? (
          <p className="mt-2 text-muted italic">{t('deleted')}</p>
        ) : p.hiddenAt && !moderator ? (
          <p className="mt-2 text-muted italic">{t('hidden')}</p>
        ) : (
          <>
            {p.hiddenAt && (
              <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
                {t('hidden')} {p.hiddenReason && t('hiddenReason', { reason: p.hiddenReason })}
              </p>
            )}
            <div className="prose-cartesio prose mt-2" dangerouslySetInnerHTML={{ __html: p.html }} />
          </>
        )}
        {historyPost?.id === p.id && history.length > 0 && (
          <section aria-label={t('history', { count: history.length })} className="mt-3 rounded-md bg-gray-50 p-3">
            <h3 className="font-semibold">{t('history', { count: history.length })}</h3>
            <ol className="mt-2 space-y-2">
              {history.map((r) => (
                <li key={r.id}>
                  <p className="text-sm text-muted">
                    {t('revisionOf', { date: format.dateTime(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
                  </p>
                  <pre className="rounded bg-white p-2 text-sm break-words whitespace-pre-wrap">{r.body}</pre>
                </li>
              ))}
            </ol>
          </section>
        )}
        {user && !p.deletedAt && (
          <PostActions
            post={{
              id: p.id,
              number: p.number,
              authorName: p.author.name,
              authorHandle: p.author.handle,
              body: p.body,
              usefulCount: p.usefulCount,
              markedUseful: p.markedUseful,
              accepted: thread.acceptedPostId === p.id,
              hidden: !!p.hiddenAt,
              can: {
                reply: canReply(user, threadState),
                edit: canEditPost(user, state, threadState),
                accept: canAcceptAnswer(user, threadState, state),
                react: canReact(user, state),
                flag: canFlag(user, state),
                moderate: moderator,
              },
            }}
          />
        )}
        {!user && p.usefulCount > 0 && <p className="mt-2 text-sm text-muted">{t('usefulCount', { count: p.usefulCount })}</p>}
      </article>
    )
  }

  // The marker goes above the first post the member has not read yet.
  const firstUnread = user && page.lastReadNumber > 0 ? posts.find((p) => p.number > page.lastReadNumber)?.number : undefined
  return (
    <div className="max-w-4xl">
      <JsonLd data={jsonLd} />
      {user && lastOnPage > page.lastReadNumber && <MarkRead threadId={thread.id} number={lastOnPage} />}
      <Breadcrumbs
        items={[
          { section: 'forum' },
          {
            label: localised(thread.category, 'name', locale),
            href: { pathname: '/forum/c/[slug]', params: { slug: thread.category.slug } },
          },
          { label: thread.title },
        ]}
      />
      <h1 className="text-3xl font-bold text-brand-800">{thread.title}</h1>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        {thread.pinned && <Badge tone="amber">{t('pinned')}</Badge>}
        {thread.locked && <Badge>{t('locked')}</Badge>}
        {thread.acceptedPostId && <Badge tone="green">{t('answered')}</Badge>}
        {thread.tags && decodeCodes(thread.tags).map((tag) => <Badge key={tag}>#{tag}</Badge>)}
        {cluster && (
          <span data-testid="thread-cluster">
            {t('linkedCluster', {
              name: localised(cluster, 'name', locale),
              region: localised(cluster.region, 'name', locale),
            })}
          </span>
        )}
        {linkedEvent && (
          <Link href={{ pathname: '/events/[id]', params: { id: linkedEvent.id } }}>{t('linkedEvent', { title: linkedEvent.title })}</Link>
        )}
        {caseStudy && (
          <Link href={{ pathname: '/case-studies/[slug]', params: { slug: caseStudy.slug } }}>
            {t('linkedCaseStudy', { title: caseStudy.title[locale] })}
          </Link>
        )}
      </div>
      <div className="mt-4">
        <ThreadTools
          threadId={thread.id}
          following={follow.thread}
          signedIn={!!user}
          moderator={moderator}
          pinned={thread.pinned}
          locked={thread.locked}
          categoryId={thread.category.id}
          categories={categories.map((c) => ({ value: c.id, label: localised(c, 'name', locale) }))}
        />
      </div>

      <ol className="mt-6 space-y-4">
        {posts.map((p) => {
          const markUnread = p.number === firstUnread
          return (
            <li key={p.id}>
              {markUnread && (
                <p className="mb-2 border-t-2 border-blue-700 pt-1 text-sm font-semibold text-blue-800" data-testid="unread-marker">
                  {t('unreadSince')}
                </p>
              )}
              {renderPost(p)}
              {p.number === 1 && page.accepted && (
                <aside
                  className="mt-3 rounded-lg border-2 border-brand-600 bg-brand-50 p-4"
                  aria-labelledby="accepted-h"
                  data-testid="accepted-answer"
                >
                  <h2 id="accepted-h" className="font-semibold text-brand-800">
                    {t('acceptedAnswer')} — {t('acceptedBy', { name: page.accepted.author.name })}
                  </h2>
                  <div className="prose-cartesio prose mt-2" dangerouslySetInnerHTML={{ __html: page.accepted.html }} />
                  <a href={`#post-${page.accepted.number}`} className="text-sm">
                    {t('goToPost')} #{page.accepted.number}
                  </a>
                </aside>
              )}
            </li>
          )
        })}
      </ol>
      {page.nextFrom && (
        <p className="mt-4">
          <Link href={{ pathname: '/forum/t/[id]', params: { id }, query: { from: String(page.nextFrom) } }}>{t('morePosts')}</Link>
        </p>
      )}

      <section className="mt-10 rounded-lg border border-gray-200 p-4" aria-label={t('reply')}>
        {!user ? (
          <p>
            <Link
              href={{
                pathname: '/sign-in',
                query: { callbackUrl: getPathname({ href: { pathname: '/forum/t/[id]', params: { id } }, locale }) },
              }}
            >
              {t('signInToReply')}
            </Link>
          </p>
        ) : canReply(user, threadState) ? (
          <ReplyForm threadId={thread.id} />
        ) : (
          <p role="status">{t('lockedNotice')}</p>
        )}
      </section>
    </div>
  )
}
