'use client'
import { useTranslations } from 'next-intl'
import { Link } from '@/i18n/navigation'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { confirmEmailChangeAction } from '@/server/accounts/actions'

export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations('auth')
  const { onSubmit, pending, formError, result } = useActionForm(confirmEmailChangeAction)
  if (result?.ok) {
    return (
      <>
        <Notice kind="success">{t('confirmEmailDone', { email: result.data.email })}</Notice>
        <Link href="/account">{t('goSignIn')}</Link>
      </>
    )
  }
  return (
    <form onSubmit={onSubmit}>
      {formError && <Notice kind="error">{formError}</Notice>}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {t('confirmEmailSubmit')}
      </Button>
    </form>
  )
}
