'use client'
import { useMember } from '@/components/member'
import { useTranslations } from 'next-intl'
import { TextField, SelectField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { updateProfileAction } from '@/server/accounts/actions'

export function ProfileForm({ name, locale, profilePublic }: { name: string; locale: 'it' | 'en'; profilePublic: boolean }) {
  const t = useTranslations('account')
  const ta = useTranslations('auth')
  const { reload } = useMember()
  const { onSubmit, pending, fieldError, formError, succeeded } = useActionForm(updateProfileAction, reload)
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="profile-title">
      {formError && <Notice kind="error">{formError}</Notice>}
      {succeeded && <Notice kind="success">{t('saved')}</Notice>}
      <TextField name="name" label={ta('name')} autoComplete="name" defaultValue={name} required error={fieldError('name')} />
      <SelectField name="locale" label={t('language')} defaultValue={locale} error={fieldError('locale')}>
        <option value="it">{t('languages.it')}</option>
        <option value="en">{t('languages.en')}</option>
      </SelectField>
      <p className="mb-4 flex items-start gap-2">
        <input type="checkbox" id="profile-public" name="profilePublic" defaultChecked={profilePublic} className="mt-1 size-4 shrink-0" />
        <label htmlFor="profile-public">{t('profilePublic')}</label>
      </p>
      <Button type="submit" disabled={pending}>
        {t('save')}
      </Button>
    </form>
  )
}
