'use client'
import { useTranslations } from 'next-intl'
import { useAfterWrite } from '@/components/use-after-write'
import { TextField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { resetPasswordAction } from '@/server/accounts/actions'

export function ResetForm({ token }: { token: string }) {
  const t = useTranslations('auth')
  const after = useAfterWrite()
  const { onSubmit, pending, fieldError, formError } = useActionForm(resetPasswordAction, () => {
    after.reloadAt({ pathname: '/sign-in', query: { reset: '1' } })
  })
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md">
      {formError && <Notice kind="error">{formError}</Notice>}
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        type="password"
        label={t('newPassword')}
        hint={t('passwordHint')}
        autoComplete="new-password"
        required
        error={fieldError('password')}
      />
      <TextField
        name="confirm"
        type="password"
        label={t('confirmPassword')}
        autoComplete="new-password"
        required
        error={fieldError('confirm')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('working') : t('resetSubmit')}
      </Button>
    </form>
  )
}
