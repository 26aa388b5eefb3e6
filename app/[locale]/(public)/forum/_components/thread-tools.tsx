'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { useEffect, useState } from 'react'
import { useMember } from '@/components/member'
import { Link } from '@/i18n/navigation'
import { useLocale } from 'next-intl'
import { localised } from '@/lib/localised'
import { useThreadMember } from './thread-member-context'
import { followCategoryAction, followThreadAction, moveThreadAction, setLockedAction, setPinnedAction } from '@/server/forum/actions'

const small = '!px-2 !py-1 text-sm'

/** The thread's tools for a signed-in member (follow) and for moderators (pin, lock, move): an island of the cached page. */
export function ThreadTools({
  threadId,
  pinned,
  locked,
  categoryId,
}: {
  threadId: string
  pinned: boolean
  locked: boolean
  categoryId: string
}) {
  const t = useTranslations('forum')
  const locale = useLocale()
  const { view, reload } = useThreadMember()
  // The actions' revalidation brings the page's new HTML; the member's own layer asks again.
  const follow = useActionForm(followThreadAction, reload)
  const pin = useActionForm(setPinnedAction, reload)
  const lock = useActionForm(setLockedAction, reload)
  const move = useActionForm(moveThreadAction, reload)
  const hidden = (name: string, value: string) => <input type="hidden" name={name} value={value} />
  if (!view) return null
  const following = view.following.thread
  const moderator = view.moderator
  const categories = view.categories.map((c) => ({ value: c.id, label: localised(c, 'name', locale as 'it' | 'en') }))
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('threadActions')}>
      <form onSubmit={follow.onSubmit}>
        {hidden('threadId', threadId)}
        {hidden('value', following ? 'false' : 'true')}
        <Button type="submit" variant="secondary" className={small} aria-pressed={following}>
          {following ? t('unfollowThread') : t('followThread')}
        </Button>
      </form>
      {moderator && (
        <>
          <form onSubmit={pin.onSubmit}>
            {hidden('threadId', threadId)}
            {hidden('value', pinned ? 'false' : 'true')}
            <Button type="submit" variant="secondary" className={small}>
              {pinned ? t('unpin') : t('pin')}
            </Button>
          </form>
          <form onSubmit={lock.onSubmit}>
            {hidden('threadId', threadId)}
            {hidden('value', locked ? 'false' : 'true')}
            <Button type="submit" variant="secondary" className={small}>
              {locked ? t('unlock') : t('lock')}
            </Button>
          </form>
          <form onSubmit={move.onSubmit} className="flex max-w-full flex-wrap items-center gap-1">
            {hidden('threadId', threadId)}
            <label htmlFor="move-category" className="text-sm">
              {t('move')}
            </label>
            <select
              id="move-category"
              name="categoryId"
              defaultValue={categoryId}
              className="max-w-full min-w-0 rounded-md border border-gray-500 px-2 py-1 text-sm"
            >
              {categories.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
            <Button type="submit" variant="secondary" className={small}>
              {t('moveSubmit')}
            </Button>
          </form>
        </>
      )}
      {(follow.formError ?? pin.formError ?? lock.formError ?? move.formError) && (
        <p role="alert" className="text-sm text-red-800">
          {follow.formError ?? pin.formError ?? lock.formError ?? move.formError}
        </p>
      )}
    </div>
  )
}

/** The categories the signed-in member follows, asked once per page however many buttons there are. */
let followed: Promise<Set<string>> | null = null
function followedCategories(): Promise<Set<string>> {
  followed ??= fetch('/api/forum/followed-categories', { cache: 'no-store' })
    .then((r) => (r.ok ? (r.json() as Promise<{ ids: string[] }>) : { ids: [] }))
    .then(
      (j) => new Set(j.ids),
      () => new Set<string>(),
    )
  return followed
}

/**
 * Follow a category, on the cached forum index: an island that shows itself to signed-in members once it knows
 * whether they follow the category (nothing for visitors).
 */
export function FollowCategoryButton({ categoryId, name }: { categoryId: string; name: string }) {
  const t = useTranslations('forum')
  const { status } = useMember()
  const [following, setFollowing] = useState<boolean | null>(null)
  useEffect(() => {
    if (status !== 'member') return
    let live = true
    followedCategories().then((ids) => live && setFollowing(ids.has(categoryId)))
    return () => {
      live = false
    }
  }, [status, categoryId])
  const f = useActionForm(followCategoryAction, (d) => {
    followed = null // the next page asks again
    setFollowing(d.following)
  })
  if (following === null) return null
  return (
    <form onSubmit={f.onSubmit}>
      <input type="hidden" name="categoryId" value={categoryId} />
      <input type="hidden" name="value" value={following ? 'false' : 'true'} />
      <Button
        type="submit"
        variant="secondary"
        className={small}
        aria-pressed={following}
        aria-label={following ? t('unfollowCategory', { name }) : t('followCategory', { name })}
      >
        {following ? t('unfollow') : t('follow')}
      </Button>
    </form>
  )
}

/** The moderation link, for moderators only: filled in by the browser on the cached forum index. */
export function ModerationLink() {
  const t = useTranslations('forum')
  const role = useMember().member?.role
  if (role !== 'MODERATOR' && role !== 'ADMIN') return null
  return <Link href="/forum/moderation">{t('moderation')}</Link>
}
