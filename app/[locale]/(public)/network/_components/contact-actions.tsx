'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TextAreaField } from '@/components/ui/field'
import { useActionForm } from '@/components/use-action-form'
import { decideMembershipAction, withdrawAction } from '@/server/network/actions'

/** The contact person confirms or removes someone who says they belong to the organisation. */
export function MembershipDecision({ organisationId, userId, name }: { organisationId: string; userId: string; name: string }) {
  const t = useTranslations('network.org')
  const f = useActionForm(decideMembershipAction)
  return (
    <form onSubmit={f.onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" name="decision" value="confirm" disabled={f.pending} aria-label={t('confirmNamed', { name })}>
        {t('confirm')}
      </Button>
      <Button type="submit" name="decision" value="remove" variant="secondary" disabled={f.pending} aria-label={t('removeNamed', { name })}>
        {t('remove')}
      </Button>
      {f.formError && (
        <span role="alert" className="text-sm text-red-800">
          {f.formError}
        </span>
      )}
    </form>
  )
}

export function Withdraw({ organisationId }: { organisationId: string }) {
  const t = useTranslations('network.org')
  const f = useActionForm(withdrawAction)
  return (
    <form
      onSubmit={(e) => (confirm(t('withdrawConfirm')) ? f.onSubmit(e) : e.preventDefault())}
      noValidate
      className="mt-3 max-w-xl"
      aria-labelledby="withdraw-h"
    >
      <h3 id="withdraw-h" className="font-semibold">
        {t('withdrawTitle')}
      </h3>
      {f.formError && <Notice kind="error">{f.formError}</Notice>}
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextAreaField name="reason" label={t('withdrawReason')} rows={2} error={f.fieldError('reason')} />
      <Button type="submit" variant="danger" disabled={f.pending}>
        {t('withdraw')}
      </Button>
    </form>
  )
}
