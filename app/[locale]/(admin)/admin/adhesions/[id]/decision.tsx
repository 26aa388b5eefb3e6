'use client'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TextAreaField } from '@/components/ui/field'
import { useActionForm } from '@/components/use-action-form'
import { decideAdhesionAction } from '@/server/actions/network'

export function AdhesionDecision({ adhesionId }: { adhesionId: string }) {
  const t = useTranslations('admin.decision')
  const router = useRouter()
  const f = useActionForm(decideAdhesionAction, () => router.refresh())
  return (
    <form onSubmit={f.onSubmit} noValidate className="mt-4" aria-labelledby="decide-h">
      <h2 id="decide-h" className="text-xl font-semibold">{t('title')}</h2>
      {f.formError && <Notice kind="error">{f.formError}</Notice>}
      <input type="hidden" name="adhesionId" value={adhesionId} />
      <TextAreaField name="message" label={t('message')} hint={t('messageHint')} rows={4} error={f.fieldError('message')} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="APPROVED" disabled={f.pending}>{t('approve')}</Button>
        <Button type="submit" name="decision" value="INFO_REQUESTED" variant="secondary" disabled={f.pending}>{t('askInfo')}</Button>
        <Button type="submit" name="decision" value="REJECTED" variant="secondary" disabled={f.pending}>{t('reject')}</Button>
      </div>
    </form>
  )
}
