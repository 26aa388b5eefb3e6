'use client'
import { useLocale, useTranslations } from 'next-intl'
import { Link } from '@/i18n/navigation'
import { TextField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { registerAction } from '@/server/accounts/actions'
import type { Locale } from '@/i18n/routing'

export function RegisterForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('auth')
  const locale = useLocale() as Locale
  // The same answer whether or not the address already has an account: the mail says which (issue 12).
  const { onSubmit, pending, fieldError, formError, result } = useActionForm(registerAction)
  if (result?.ok) {
    return (
      <Notice kind="success">
        {t('registerDone', { email: result.data.email })}{' '}
        <Link href={{ pathname: '/sign-in', query: callbackUrl ? { callbackUrl } : {} }}>{t('goSignIn')}</Link>
      </Notice>
    )
  }
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md">
      {formError && <Notice kind="error">{formError}</Notice>}
      <input type="hidden" name="locale" value={locale} />
      <TextField name="name" label={t('name')} autoComplete="name" required error={fieldError('name')} />
      <TextField name="email" type="email" label={t('email')} autoComplete="email" required error={fieldError('email')} />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        hint={t('passwordHint')}
        autoComplete="new-password"
        required
        error={fieldError('password')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('working') : t('submitRegister')}
      </Button>
    </form>
  )
}
