'use client'
import { signIn } from 'next-auth/react'
import { useLocale, useTranslations } from 'next-intl'
import { useAfterWrite } from '@/components/use-after-write'
import { TextField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { registerAction } from '@/server/accounts/actions'
import type { Locale } from '@/i18n/routing'

export function RegisterForm() {
  const t = useTranslations('auth')
  const locale = useLocale() as Locale
  const after = useAfterWrite()
  const { onSubmit, pending, fieldError, formError } = useActionForm(registerAction, async (_data, form) => {
    const fd = new FormData(form)
    await signIn('credentials', { email: fd.get('email'), password: fd.get('password'), redirect: false })
    after.reloadAt('/account')
  })
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
