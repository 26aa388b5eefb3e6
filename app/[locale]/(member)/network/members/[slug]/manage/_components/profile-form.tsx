'use client'
import { useTranslations } from 'next-intl'
import { TextField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { MarkdownEditor } from '@/components/markdown-editor'
import { useActionForm } from '@/components/use-action-form'
import { updateOrganisationProfileAction } from '@/server/network/actions'

export type ProfileInitial = {
  description: string
  website: string
  publicEmail: string
  address: string
  emasNumber: string
  emasSince: string
  iso14001: boolean
  apo: boolean
  apea: boolean
  hasLogo: boolean
}

/** The organisation's public profile, edited by its contact person (or an admin). */
export function ProfileForm({ organisationId, initial }: { organisationId: string; initial: ProfileInitial }) {
  const t = useTranslations('network.profile.form')
  const f = useActionForm(updateOrganisationProfileAction)
  const check = (name: 'iso14001' | 'apo' | 'apea') => (
    <p className="flex items-start gap-2 py-1">
      <input type="checkbox" id={`profile-${name}`} name={name} defaultChecked={initial[name]} className="mt-1 size-4 shrink-0" />
      <label htmlFor={`profile-${name}`}>{t(name)}</label>
    </p>
  )
  return (
    <form onSubmit={f.onSubmit} noValidate className="max-w-3xl" encType="multipart/form-data" data-testid="profile-form">
      {f.formError && <Notice kind="error">{f.formError}</Notice>}
      {f.succeeded && <Notice kind="success">{t('saved')}</Notice>}
      <input type="hidden" name="organisationId" value={organisationId} />
      <MarkdownEditor
        name="description"
        id="profile-description"
        label={t('description')}
        defaultValue={initial.description}
        error={f.fieldError('description')}
        rows={6}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="website" type="url" label={t('website')} defaultValue={initial.website} error={f.fieldError('website')} />
        <TextField
          name="publicEmail"
          type="email"
          label={t('publicEmail')}
          hint={t('publicEmailHint')}
          defaultValue={initial.publicEmail}
          error={f.fieldError('publicEmail')}
        />
      </div>
      <TextField
        name="address"
        label={t('address')}
        hint={t('addressHint')}
        defaultValue={initial.address}
        error={f.fieldError('address')}
      />
      <fieldset className="mb-4 rounded-md border border-line p-3">
        <legend className="px-1 font-medium">{t('credentialsLegend')}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            name="emasNumber"
            label={t('emasNumber')}
            hint={t('emasNumberHint')}
            defaultValue={initial.emasNumber}
            error={f.fieldError('emasNumber')}
          />
          <TextField
            name="emasSince"
            type="date"
            label={t('emasSince')}
            defaultValue={initial.emasSince}
            error={f.fieldError('emasSince')}
          />
        </div>
        {check('iso14001')}
        {check('apo')}
        {check('apea')}
      </fieldset>
      <TextField
        name="logo"
        type="file"
        accept="image/png,image/jpeg,image/webp,image/gif"
        label={t('logo')}
        hint={t('logoHint')}
        error={f.fieldError('logo')}
      />
      {initial.hasLogo && (
        <p className="mb-4 flex items-center gap-2">
          <input type="checkbox" id="profile-removeLogo" name="removeLogo" className="size-4" />
          <label htmlFor="profile-removeLogo">{t('removeLogo')}</label>
        </p>
      )}
      <Button type="submit" disabled={f.pending}>
        {t('save')}
      </Button>
    </form>
  )
}
