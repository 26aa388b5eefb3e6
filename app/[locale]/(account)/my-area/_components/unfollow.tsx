'use client'
import { useState } from 'react'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { followCategoryAction, followThreadAction } from '@/server/forum/actions'
import { followClusterAction, followRegionAction } from '@/server/notifications/actions'

const ACTIONS = {
  threadId: followThreadAction,
  categoryId: followCategoryAction,
  regionId: followRegionAction,
  clusterId: followClusterAction,
} as const

/** Stops following a thread, a category, a region or a district, with the same commands as their own pages. */
export function Unfollow({ field, id, name }: { field: keyof typeof ACTIONS; id: string; name: string }) {
  const t = useTranslations('myArea')
  const [done, setDone] = useState(false)
  const f = useActionForm(ACTIONS[field] as (fd: FormData) => ReturnType<typeof followThreadAction>, () => setDone(true))
  if (done)
    return (
      <span role="status" className="text-sm text-muted">
        {t('unfollowed')}
      </span>
    )
  return (
    <form onSubmit={f.onSubmit} className="inline">
      <input type="hidden" name={field} value={id} />
      <input type="hidden" name="value" value="false" />
      <Button type="submit" variant="secondary" size="sm" disabled={f.pending} aria-label={t('unfollowNamed', { name })}>
        {t('unfollow')}
      </Button>
      {f.formError && (
        <span role="alert" className="ml-2 text-sm text-red-800">
          {f.formError}
        </span>
      )}
    </form>
  )
}
