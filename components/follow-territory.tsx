'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { useAfterWrite } from '@/components/use-after-write'
import { followClusterAction, followRegionAction } from '@/server/notifications/actions'

/**
 * Follow a region or a district: its new good practices and meetings reach the member (the daily digest, unless they
 * choose otherwise on their e-mail preferences).
 */
export function FollowTerritory({
  target,
  name,
  following,
}: {
  target: { regionId: string } | { clusterId: string }
  name: string
  following: boolean
}) {
  const t = useTranslations('network.territory')
  const after = useAfterWrite()
  const f = useActionForm('regionId' in target ? followRegionAction : followClusterAction, () => after.refresh())
  const [field, value] = 'regionId' in target ? ['regionId', target.regionId] : ['clusterId', target.clusterId]
  return (
    <form onSubmit={f.onSubmit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name={field} value={value} />
      <input type="hidden" name="value" value={following ? 'false' : 'true'} />
      <Button type="submit" variant="secondary" aria-pressed={following} disabled={f.pending}>
        {following ? t('unfollow', { name }) : t('follow', { name })}
      </Button>
      <span className="text-sm text-muted" role="status">
        {following ? t('following') : t('followHint')}
      </span>
    </form>
  )
}
