'use client'
import { signIn } from 'next-auth/react'
import { useTranslations } from 'next-intl'
import { TextField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { changePasswordAction } from '@/server/accounts/actions'

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations('account')
  const ta = useTranslations('auth')
  const { onSubmit, pending, fieldError, formError, succeeded } = useActionForm(changePasswordAction, async (_d, form) => {
    // The change ended every session, this one too: sign in again with the new password.
    const password = new FormData(form).get('password')
    await signIn('credentials', { email, password, redirect: false })
    form.reset()
  })
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="password-title">
      {formError && <Notice kind="error">{formError}</Notice>}
      {succeeded && <Notice kind="success">{t('passwordChanged')}</Notice>}
      <TextField
        id="pw-current"
        name="current"
        type="password"
        label={ta('currentPassword')}
        autoComplete="current-password"
        required
        error={fieldError('current')}
      />
      <TextField
        id="pw-new"
        name="password"
        type="password"
        label={ta('newPassword')}
        hint={ta('passwordHint')}
        autoComplete="new-password"
        required
        error={fieldError('password')}
      />
      <TextField
        id="pw-confirm"
        name="confirm"
        type="password"
        label={ta('confirmPassword')}
        autoComplete="new-password"
        required
        error={fieldError('confirm')}
      />
      <Button type="submit" disabled={pending}>
        {t('passwordTitle')}
      </Button>
    </form>
  )
}
