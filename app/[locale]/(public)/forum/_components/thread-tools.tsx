'use client'
import { useAfterWrite } from '@/components/use-after-write'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { useEffect, useState } from 'react'
import { useSession } from 'next-auth/react'
import { Link } from '@/i18n/navigation'
import {
  followCategoryAction,
  followedCategoriesAction,
  followThreadAction,
  moveThreadAction,
  setLockedAction,
  setPinnedAction,
} from '@/server/forum/actions'

const small = '!px-2 !py-1 text-sm'

export function ThreadTools({
  threadId,
  following,
  signedIn,
  moderator,
  pinned,
  locked,
  categoryId,
  categories,
}: {
  threadId: string
  following: boolean
  signedIn: boolean
  moderator: boolean
  pinned: boolean
  locked: boolean
  categoryId: string
  categories: { value: string; label: string }[]
}) {
  const t = useTranslations('forum')
  const after = useAfterWrite()
  const refresh = () => after.refresh()
  const follow = useActionForm(followThreadAction, refresh)
  const pin = useActionForm(setPinnedAction, refresh)
  const lock = useActionForm(setLockedAction, refresh)
  const move = useActionForm(moveThreadAction, refresh)
  const hidden = (name: string, value: string) => <input type="hidden" name={name} value={value} />
  if (!signedIn) return null
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
  followed ??= followedCategoriesAction(new FormData()).then(
    (r) => new Set(r.ok ? r.data.ids : []),
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
  const { status } = useSession()
  const [following, setFollowing] = useState<boolean | null>(null)
  useEffect(() => {
    if (status !== 'authenticated') return
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
  const { data } = useSession()
  const role = (data?.user as { role?: string } | undefined)?.role
  if (role !== 'MODERATOR' && role !== 'ADMIN') return null
  return <Link href="/forum/moderation">{t('moderation')}</Link>
}
