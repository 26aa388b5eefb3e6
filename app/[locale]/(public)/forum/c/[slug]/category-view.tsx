import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Badge } from '@/components/ui/badge'
import type { CurrentUser } from '@/server/auth/session'
import { getCategoryBySlug, listThreads } from '@/server/forum/queries'
import { localised } from '@/lib/localised'
import { feedPath } from '@/lib/paths'
import { decodeCodes } from '@/lib/codes'

export async function categoryMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const c = await getCategoryBySlug(slug)
  if (!c) return {}
  return {
    title: localised(c, 'name', locale),
    description: localised(c, 'description', locale),
    alternates: { types: { 'application/atom+xml': feedPath(`forum-${c.slug}`, locale) } },
  }
}

/** A forum category's threads: per request for members (unread counts), from the page cache for visitors (anon/…). */
export async function CategoryView({
  locale,
  slug,
  after,
  user,
}: {
  locale: Locale
  slug: string
  after?: string
  user: CurrentUser | null
}) {
  const category = await getCategoryBySlug(slug)
  if (!category) notFound()
  const [t, format, { threads, next }] = await Promise.all([
    getTranslations('forum'),
    getFormatter(),
    listThreads(category.id, { after, userId: user?.id }),
  ])
  return (
    <div>
      <Breadcrumbs items={[{ section: 'forum' }, { label: localised(category, 'name', locale) }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{localised(category, 'name', locale)}</h1>
          <p className="mt-2 max-w-3xl">{localised(category, 'description', locale)}</p>
        </div>
        <Link
          href={{ pathname: '/forum/new', query: { category: category.id } }}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white"
        >
          {t('newThread')}
        </Link>
      </div>
      {threads.length === 0 ? (
        <p className="mt-8">{t('noThreads')}</p>
      ) : (
        <ul className="mt-8 divide-y divide-gray-200 border-y border-gray-200" data-testid="thread-list">
          {threads.map((th) => (
            <li key={th.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="thread-row">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  {th.pinned && <Badge tone="amber">{t('pinned')}</Badge>}
                  {th.locked && <Badge>{t('locked')}</Badge>}
                  {th.acceptedPostId && <Badge tone="green">{t('answered')}</Badge>}
                  <Link
                    href={{ pathname: '/forum/t/[id]', params: { id: th.id } }}
                    className={`text-lg ${th.unread > 0 ? 'font-bold' : 'font-medium'}`}
                  >
                    {th.title}
                  </Link>
                  {user && th.unread > 0 && (
                    <span className="rounded-full bg-blue-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid="unread">
                      {th.seen ? t('unread', { count: th.unread }) : t('newForYou')}
                    </span>
                  )}
                </p>
                <p className="text-sm text-muted">
                  {t('startedBy', { name: th.author.name })}
                  {th.tags && (
                    <>
                      {' '}
                      ·{' '}
                      {decodeCodes(th.tags)
                        .map((tag) => `#${tag}`)
                        .join(' ')}
                    </>
                  )}
                </p>
              </div>
              <div className="text-right text-sm text-muted">
                <p>{t('replies', { count: th.postCount - 1 })}</p>
                <p>
                  <time dateTime={th.lastPostAt.toISOString()}>{format.relativeTime(th.lastPostAt)}</time>
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <nav className="mt-4 flex gap-4" aria-label={t('threads')}>
        {after && <Link href={{ pathname: '/forum/c/[slug]', params: { slug } }}>{t('firstPage')}</Link>}
        {next && <Link href={{ pathname: '/forum/c/[slug]', params: { slug }, query: { after: next } }}>{t('nextPage')}</Link>}
      </nav>
    </div>
  )
}
