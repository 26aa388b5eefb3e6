'use client'
import { useEffect, useState } from 'react'
import { useTranslations } from 'next-intl'
import { useMember } from '@/components/member'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { followClusterAction, followRegionAction, followStateAction } from '@/server/notifications/actions'

/**
 * Follow a region or a district: its new good practices and meetings reach the member (the daily digest, unless they
 * choose otherwise on their e-mail preferences). An island: the page around it is cached for everyone, and the
 * button asks for this member's state once it is shown (nothing for visitors who are not signed in).
 */
export function FollowTerritory({ target, name }: { target: { regionId: string } | { clusterId: string }; name: string }) {
  const t = useTranslations('network.territory')
  const { status } = useMember()
  const [following, setFollowing] = useState<boolean | null>(null)
  const [field, value] = 'regionId' in target ? (['regionId', target.regionId] as const) : (['clusterId', target.clusterId] as const)
  useEffect(() => {
    if (status !== 'member') return
    const fd = new FormData()
    fd.set(field, value)
    followStateAction(fd).then(
      (r) => setFollowing(r.ok ? r.data.following : false),
      () => setFollowing(false),
    )
  }, [status, field, value])
  const f = useActionForm(field === 'regionId' ? followRegionAction : followClusterAction, (d) => setFollowing(d.following))
  if (status !== 'member' || following === null) return null
  return (
    <form onSubmit={f.onSubmit} className="mt-3 flex flex-wrap items-center gap-3">
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
