'use client'
import { useTranslations } from 'next-intl'
import { TextField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { requestEmailChangeAction } from '@/server/accounts/actions'

export function EmailForm({ email }: { email: string }) {
  const t = useTranslations('account')
  const ta = useTranslations('auth')
  const { onSubmit, pending, fieldError, formError, result } = useActionForm(requestEmailChangeAction)
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="email-title">
      <p className="mb-3">{t('emailCurrent', { email })}</p>
      {formError && <Notice kind="error">{formError}</Notice>}
      {result?.ok && <Notice kind="success">{t('emailSent', { email: result.data.email })}</Notice>}
      <TextField id="email-new" name="email" type="email" label={t('newEmail')} autoComplete="email" required error={fieldError('email')} />
      <TextField
        id="email-current-password"
        name="current"
        type="password"
        label={ta('currentPassword')}
        autoComplete="current-password"
        required
        error={fieldError('current')}
      />
      <Button type="submit" disabled={pending}>
        {t('emailSubmit')}
      </Button>
    </form>
  )
}
