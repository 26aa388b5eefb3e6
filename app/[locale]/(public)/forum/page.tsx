import type { Metadata } from 'next'
import { TableScroll } from '@/components/table-scroll'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { listCategories } from '@/server/forum/queries'
import { isBuildPhase } from '@/server/cache'
import { FollowCategoryButton, ModerationLink } from './_components/thread-tools'
import { feedPath } from '@/lib/paths'
import { localised } from '@/lib/localised'

type Props = { params: Promise<{ locale: Locale }> }

// Served from the page cache (issue 15): the same for everyone — follow buttons and the moderation link are filled
// in by the browser — expired by every write (server/cache.ts) and after a minute (the "last activity" times).
export const revalidate = 60

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'forum' })
  return { title: t('title'), description: t('lead'), alternates: { types: { 'application/atom+xml': feedPath('forum', locale) } } }
}

export default async function ForumPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  if (isBuildPhase()) return null
  const [t, format, categories] = await Promise.all([getTranslations('forum'), getFormatter(), listCategories()])
  return (
    <div>
      <Breadcrumbs items={[{ section: 'forum' }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
          <p className="mt-2 max-w-3xl text-lg">{t('lead')}</p>
        </div>
        <div className="flex gap-3">
          <ModerationLink />
          <Link
            href="/forum/new"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white"
          >
            {t('newThread')}
          </Link>
        </div>
      </div>
      <TableScroll label={t('categories')} className="mt-8">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t('categories')}</caption>
          <thead>
            <tr className="border-b-2 border-gray-300">
              <th scope="col" className="py-2 pr-4">
                {t('category')}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t('threads')}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t('posts')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('lastActivity')}
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">{t('follow')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => {
              const name = localised(c, 'name', locale)
              return (
                <tr key={c.id} className="border-b border-gray-200 align-top" data-testid={`category-${c.slug}`}>
                  <td className="py-3 pr-4">
                    <Link href={{ pathname: '/forum/c/[slug]', params: { slug: c.slug } }} className="text-lg font-semibold">
                      {name}
                    </Link>
                    <p className="text-sm text-muted">{localised(c, 'description', locale)}</p>
                  </td>
                  <td className="py-3 pr-4 text-right tabular-nums">{format.number(c.threadCount)}</td>
                  <td className="py-3 pr-4 text-right tabular-nums">{format.number(c.postCount)}</td>
                  <td className="py-3 pr-4 text-sm">{c.lastPostAt ? format.relativeTime(c.lastPostAt) : t('never')}</td>
                  <td className="py-3">
                    <FollowCategoryButton categoryId={c.id} name={name} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  )
}
