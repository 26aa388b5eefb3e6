'use client'
import { useAfterWrite } from '@/components/use-after-write'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { followCategoryAction, followThreadAction, moveThreadAction, setLockedAction, setPinnedAction } from '@/server/forum/actions'

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

export function FollowCategoryButton({ categoryId, name, following }: { categoryId: string; name: string; following: boolean }) {
  const t = useTranslations('forum')
  const after = useAfterWrite()
  const f = useActionForm(followCategoryAction, () => after.refresh())
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
