'use client'
import { useLocale, useTranslations } from 'next-intl'
import { TextField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { forgotPasswordAction } from '@/server/accounts/actions'

export function ForgotForm() {
  const t = useTranslations('auth')
  const locale = useLocale()
  const { onSubmit, pending, fieldError, formError, succeeded } = useActionForm(forgotPasswordAction)
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md">
      {formError && <Notice kind="error">{formError}</Notice>}
      {succeeded && <Notice kind="success">{t('forgotSent')}</Notice>}
      <input type="hidden" name="locale" value={locale} />
      <TextField name="email" type="email" label={t('email')} autoComplete="email" required error={fieldError('email')} />
      <Button type="submit" disabled={pending}>
        {pending ? t('working') : t('forgotSubmit')}
      </Button>
    </form>
  )
}
