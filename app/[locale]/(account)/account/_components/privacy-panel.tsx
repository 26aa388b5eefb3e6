'use client'
import { signOut } from '@/components/member'
import { useLocale, useTranslations } from 'next-intl'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/field'
import { useActionForm } from '@/components/use-action-form'
import { deleteAccountAction } from '@/server/accounts/actions'

/** Download my data; delete my account (password and an explicit confirmation). */
export function PrivacyPanel() {
  const t = useTranslations('account.privacy')
  const locale = useLocale() as Locale
  const f = useActionForm(deleteAccountAction, async () => {
    await signOut(getPathname({ href: '/', locale }))
  })
  return (
    <div className="space-y-4">
      <p>
        {t('lead')} <Link href="/privacy">{t('policy')}</Link>
      </p>
      <p>
        <a href="/api/account/export" download data-testid="export-link">
          {t('export')}
        </a>
      </p>
      <form onSubmit={f.onSubmit} noValidate className="rounded-md border border-red-300 p-4" aria-labelledby="delete-h">
        <h3 id="delete-h" className="font-semibold text-red-900">
          {t('deleteTitle')}
        </h3>
        <p className="mb-3 text-sm">{t('deleteLead')}</p>
        {f.formError && <Notice kind="error">{f.formError}</Notice>}
        <TextField name="current" type="password" autoComplete="current-password" label={t('password')} error={f.fieldError('current')} />
        <p className="mb-4 flex items-start gap-2">
          <input
            type="checkbox"
            id="delete-confirm"
            name="confirm"
            className="mt-1 size-4"
            aria-invalid={f.fieldError('confirm') ? true : undefined}
            aria-describedby={f.fieldError('confirm') ? 'delete-confirm-error' : undefined}
          />
          <label htmlFor="delete-confirm">{t('confirm')}</label>
        </p>
        {f.fieldError('confirm') && (
          <p id="delete-confirm-error" className="-mt-3 mb-3 text-sm font-medium text-red-800">
            {f.fieldError('confirm')}
          </p>
        )}
        <Button type="submit" variant="danger" disabled={f.pending}>
          {t('delete')}
        </Button>
      </form>
    </div>
  )
}
