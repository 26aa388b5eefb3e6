'use client'
import { useLocale, useTranslations } from 'next-intl'
import { getPathname } from '@/i18n/navigation'
import { TextField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { resetPasswordAction } from '@/server/accounts/actions'
import type { Locale } from '@/i18n/routing'

export function ResetForm({ token }: { token: string }) {
  const t = useTranslations('auth')
  const locale = useLocale() as Locale
  const { onSubmit, pending, fieldError, formError } = useActionForm(resetPasswordAction, () => {
    window.location.assign(getPathname({ href: { pathname: '/sign-in', query: { reset: '1' } }, locale }))
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
