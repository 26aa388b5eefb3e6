import { JsonLd } from '@/components/json-ld'
import { Breadcrumbs } from '@/components/breadcrumbs'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { organisationBadges } from '@/server/network/queries'
import { Link, getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import { getPostRevisions, getThreadMeta, getThreadPage } from '@/server/forum/queries'
import { postStatic } from '@/server/forum/post-static'
import { getCaseStudy } from '@/server/content/case-studies'
import { getCluster } from '@/server/territories/queries'
import { getEventTitle } from '@/server/events/queries'
import { env } from '@/server/env'
import { PostItem, ReplySlot, ThreadMemberProvider } from '../../_components/thread-member'
import { ThreadTools } from '../../_components/thread-tools'
import { localised } from '@/lib/localised'
import { localiseMemberHtml } from '@/lib/markdown'
import { ogMetadata } from '@/server/og'
import { decodeCodes } from '@/lib/codes'

export async function threadMetadata(id: string, locale: Locale): Promise<Metadata> {
  const meta = await getThreadMeta(id)
  if (!meta) return {}
  const og = ogMetadata('thread', id, locale, meta.title)
  return {
    title: meta.title,
    description: meta.opening.slice(0, 160),
    openGraph: { title: meta.title, description: meta.opening.slice(0, 160), type: 'article', ...og.openGraph },
    twitter: og.twitter,
  }
}

/**
 * A thread page, the same for everyone: served from the page cache (app/[locale]/(public)/anon/forum/t/…, where
 * proxy.ts sends plain reads) and rendered per request only to show a post's history (`historyOf`; `moderator` then
 * also shows a hidden post's). What a signed-in member has beyond it — tools, "useful" marks, the unread marker, the
 * reply form, hidden posts for moderators — comes from islands (_components/thread-member.tsx), so that the page
 * itself never depends on who asks (issue 15).
 */
export async function ThreadView({
  locale,
  id,
  from,
  historyOf,
  moderator = false,
}: {
  locale: Locale
  id: string
  from?: number
  historyOf?: number
  moderator?: boolean
}) {
  const page = await getThreadPage(id, { from, moderator: false })
  if (!page) notFound()
  const { thread, posts } = page
  const [t, format, badges] = await Promise.all([
    getTranslations('forum'),
    getFormatter(),
    organisationBadges(posts.map((p) => p.authorId)),
  ])
  const historyPost = historyOf ? posts.find((p) => p.number === historyOf) : undefined
  const history = historyPost ? await getPostRevisions(historyPost.id, { moderator }) : []
  const caseStudy = thread.caseStudySlug ? getCaseStudy(thread.caseStudySlug) : undefined
  const cluster = thread.clusterId ? await getCluster(thread.clusterId) : null
  const linkedEvent = thread.eventId ? await getEventTitle(thread.eventId) : null
  const url = env().APP_URL + getPathname({ href: { pathname: '/forum/t/[id]', params: { id } }, locale })
  const first = posts.find((p) => p.number === 1)
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'DiscussionForumPosting',
    headline: thread.title,
    url,
    datePublished: thread.createdAt.toISOString(),
    author: { '@type': 'Person', name: thread.author.name },
    text: first?.body.slice(0, 300),
    interactionStatistic: {
      '@type': 'InteractionCounter',
      interactionType: 'https://schema.org/CommentAction',
      userInteractionCount: thread.postCount - 1,
    },
    comment: posts
      .filter((p) => p.number > 1 && p.body)
      .slice(0, 5)
      .map((p) => ({
        '@type': 'Comment',
        url: `${url}#post-${p.number}`,
        author: { '@type': 'Person', name: p.author.name },
        datePublished: p.createdAt.toISOString(),
        text: p.body.slice(0, 200),
      })),
  }

  // Each post's header and text as one piece of HTML, sent once (server/forum/post-static.ts).
  const statics = new Map(posts.map((p) => [p.id, postStatic(p, { locale, threadId: thread.id, from, t, format, badges })]))
  const historyOfPost = (p: (typeof posts)[number]) =>
    historyPost?.id === p.id && history.length > 0 ? (
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
    ) : undefined
  const accepted = page.accepted
  const acceptedAside = accepted ? (
    <aside className="mt-3 rounded-lg border-2 border-brand-600 bg-brand-50 p-4" aria-labelledby="accepted-h" data-testid="accepted-answer">
      <h2 id="accepted-h" className="font-semibold text-brand-800">
        {t('acceptedAnswer')} — {t('acceptedBy', { name: accepted.author.name })}
      </h2>
      <div className="prose-cartesio prose mt-2" dangerouslySetInnerHTML={{ __html: localiseMemberHtml(accepted.html, locale) }} />
      <a href={`#post-${accepted.number}`} className="text-sm">
        {t('goToPost')} #{accepted.number}
      </a>
    </aside>
  ) : undefined

  return (
    <ThreadMemberProvider threadId={thread.id} from={from ?? 1}>
      <div className="max-w-4xl">
        <JsonLd data={jsonLd} />
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
            <Link href={{ pathname: '/events/[id]', params: { id: linkedEvent.id } }}>
              {t('linkedEvent', { title: linkedEvent.title })}
            </Link>
          )}
          {caseStudy && (
            <Link href={{ pathname: '/case-studies/[slug]', params: { slug: caseStudy.slug } }}>
              {t('linkedCaseStudy', { title: caseStudy.title[locale] })}
            </Link>
          )}
        </div>
        <div className="mt-4">
          <ThreadTools threadId={thread.id} pinned={thread.pinned} locked={thread.locked} categoryId={thread.category.id} />
        </div>

        <ol className="mt-6 space-y-4">
          {posts.map((p) => (
            <PostItem
              key={p.id}
              // Only what is there: every prop is in the page's payload fifty times.
              post={{
                id: p.id,
                number: p.number,
                v: statics.get(p.id)!.v,
                authorName: p.author.name,
                authorHandle: p.author.handle,
                usefulCount: p.usefulCount,
                ...(thread.acceptedPostId === p.id && { accepted: true }),
                ...(p.hiddenAt && { hidden: true }),
                ...(p.deletedAt && { deleted: true }),
              }}
              {...(historyPost?.id === p.id && { history: historyOfPost(p) })}
              {...(p.number === 1 && acceptedAside && { after: acceptedAside })}
            />
          ))}
        </ol>
        {page.nextFrom && (
          <p className="mt-4">
            <Link href={{ pathname: '/forum/t/[id]', params: { id }, query: { from: String(page.nextFrom) } }}>{t('morePosts')}</Link>
          </p>
        )}

        <section className="mt-10 rounded-lg border border-gray-200 p-4" aria-label={t('reply')}>
          <ReplySlot threadId={thread.id}>
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
          </ReplySlot>
        </section>
      </div>
    </ThreadMemberProvider>
  )
}
