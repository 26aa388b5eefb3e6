'use client'
import { useTranslations } from 'next-intl'
import { Link } from '@/i18n/navigation'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { confirmAccountAction } from '@/server/accounts/actions'

/** A button, not a change on GET: mail scanners that open the link must not activate the account. */
export function ConfirmAccountForm({ token }: { token: string }) {
  const t = useTranslations('auth')
  const f = useActionForm(confirmAccountAction)
  return f.succeeded ? (
    <Notice kind="success">
      {t('confirmAccountDone')} <Link href="/sign-in">{t('goSignIn')}</Link>
    </Notice>
  ) : (
    <form onSubmit={f.onSubmit}>
      {f.formError && <Notice kind="error">{f.formError}</Notice>}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={f.pending}>
        {t('confirmAccountSubmit')}
      </Button>
    </form>
  )
}
