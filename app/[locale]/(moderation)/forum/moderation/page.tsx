import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { requirePageUser } from '@/server/auth/guard'
import { listCategories, listOpenFlags } from '@/server/forum/queries'
import { canModerate } from '@/lib/policies'
import { CategoryOrder, FlagActions, NewCategoryForm } from '../_components/moderation-tools'
import { localised } from '@/lib/localised'
import { forbidden } from 'next/navigation'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'forum' })
  return { title: t('moderation'), robots: { index: false } }
}

export default async function ModerationPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/forum/moderation')
  if (!canModerate(user)) forbidden()
  const [t, flags, categories] = await Promise.all([getTranslations('forum'), listOpenFlags(), listCategories()])
  return (
    <div className="max-w-4xl space-y-10">
      <Breadcrumbs items={[{ section: 'forum' }, { label: t('moderation') }]} />
      <h1 className="text-3xl font-bold text-brand-800">{t('moderation')}</h1>
      <section aria-labelledby="flags-h">
        <h2 id="flags-h" className="text-2xl font-semibold">
          {t('flagsQueue')}
        </h2>
        {flags.length === 0 ? (
          <p className="mt-2">{t('flagsEmpty')}</p>
        ) : (
          <ul className="mt-3 space-y-3" data-testid="flags">
            {flags.map((f) => (
              <li key={f.id} className="rounded-lg border border-gray-200 p-4">
                <p className="font-semibold">
                  <Link href={{ pathname: '/forum/t/[id]', params: { id: f.post.threadId } }}>
                    {t('flaggedPost', { number: f.post.number, title: f.post.thread.title, name: f.post.author.name })}
                  </Link>
                </p>
                <p className="mt-1 text-sm">
                  <strong>{t('flagReasonLabel')}:</strong> {f.reason}
                </p>
                <pre className="mt-2 max-h-40 overflow-auto rounded bg-gray-50 p-2 text-sm whitespace-pre-wrap">{f.post.body}</pre>
                <FlagActions flagId={f.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cats-h">
        <h2 id="cats-h" className="text-2xl font-semibold">
          {t('manageCategories')}
        </h2>
        <ol className="mt-3 divide-y divide-gray-200 border-y border-gray-200">
          {categories.map((c, i) => (
            <li key={c.id} className="flex items-center justify-between gap-3 py-2">
              <span>{localised(c, 'name', locale)}</span>
              <CategoryOrder categoryId={c.id} name={localised(c, 'name', locale)} first={i === 0} last={i === categories.length - 1} />
            </li>
          ))}
        </ol>
        <h3 className="mt-6 mb-3 text-xl font-semibold">{t('newCategory')}</h3>
        <NewCategoryForm />
      </section>
    </div>
  )
}
