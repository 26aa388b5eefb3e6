'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { markAllReadAction } from '@/server/notifications/actions'

export function MarkAllRead() {
  const t = useTranslations('notifications')
  const f = useActionForm(markAllReadAction, () => {
    window.dispatchEvent(new Event('notifications-changed'))
  })
  return (
    <form onSubmit={f.onSubmit}>
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t('markRead')}
      </Button>
    </form>
  )
}
