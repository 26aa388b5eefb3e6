'use client'
import { useTranslations } from 'next-intl'
import { CheckboxGroupField, ChoiceField, TextAreaField, TextField, type Option } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { applyAction, completeAdhesionAction } from '@/server/network/actions'

export type AdhesionInitial = {
  orgName: string
  orgType: string
  taxCode: string
  vatNumber: string
  regionId: string
  province: string
  clusterIds: string[]
  sector: string
  website: string
  signatoryName: string
  signatoryRole: string
  commitments: string[]
}

/**
 * The application to adhere: the organisation, the person signing, the commitments taken on (all seven or a
 * chosen subset) and the explicit acceptance. Also used to complete an application when admins ask for more.
 */
export function AdhesionForm({
  types,
  regions,
  clusters,
  commitments,
  initial,
  adhesionId,
}: {
  types: Option[]
  regions: Option[]
  clusters: Option[]
  commitments: Option[]
  initial?: AdhesionInitial
  adhesionId?: string
}) {
  const t = useTranslations('network.form')
  // Two forms can share a page (a new application, and completing one): ids must not collide.
  const px = adhesionId ? 'complete' : 'new'
  const { onSubmit, pending, fieldError, formError } = useActionForm(adhesionId ? completeAdhesionAction : applyAction, () => {
    window.scrollTo({ top: 0 })
  })
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-label={adhesionId ? t('completeTitle') : t('title')}>
      {formError && <Notice kind="error">{formError}</Notice>}
      {adhesionId && <input type="hidden" name="adhesionId" value={adhesionId} />}
      <h3 className="mt-2 mb-2 text-lg font-semibold">{t('organisation')}</h3>
      <TextField id={`${px}-orgName`} name="orgName" label={t('orgName')} defaultValue={initial?.orgName} error={fieldError('orgName')} />
      <ChoiceField
        id={`${px}-orgType`}
        name="orgType"
        label={t('orgType')}
        options={types}
        none="—"
        defaultValue={initial?.orgType ?? ''}
        error={fieldError('orgType')}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          id={`${px}-taxCode`}
          name="taxCode"
          label={t('taxCode')}
          hint={t('taxCodeHint')}
          defaultValue={initial?.taxCode}
          error={fieldError('taxCode')}
          autoComplete="off"
        />
        <TextField
          id={`${px}-vatNumber`}
          name="vatNumber"
          label={t('vatNumber')}
          hint={t('vatHint')}
          defaultValue={initial?.vatNumber}
          error={fieldError('vatNumber')}
          autoComplete="off"
        />
        <ChoiceField
          id={`${px}-regionId`}
          name="regionId"
          label={t('region')}
          options={regions}
          none="—"
          defaultValue={initial?.regionId ?? ''}
          error={fieldError('regionId')}
        />
        <TextField
          id={`${px}-province`}
          name="province"
          label={t('province')}
          defaultValue={initial?.province}
          error={fieldError('province')}
        />
        <TextField id={`${px}-sector`} name="sector" label={t('sector')} defaultValue={initial?.sector} error={fieldError('sector')} />
        <TextField
          id={`${px}-website`}
          name="website"
          type="url"
          label={t('website')}
          defaultValue={initial?.website}
          error={fieldError('website')}
        />
      </div>
      <CheckboxGroupField
        id={`${px}-clusterIds`}
        name="clusterIds"
        legend={t('clusters')}
        options={clusters}
        checked={initial?.clusterIds}
        hint={t('clustersHint')}
        error={fieldError('clusterIds')}
      />
      <h3 className="mt-6 mb-2 text-lg font-semibold">{t('signatory')}</h3>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          id={`${px}-signatoryName`}
          name="signatoryName"
          label={t('signatoryName')}
          defaultValue={initial?.signatoryName}
          error={fieldError('signatoryName')}
          autoComplete="name"
        />
        <TextField
          id={`${px}-signatoryRole`}
          name="signatoryRole"
          label={t('signatoryRole')}
          defaultValue={initial?.signatoryRole}
          error={fieldError('signatoryRole')}
        />
      </div>
      <h3 className="mt-6 mb-2 text-lg font-semibold">{t('commitments')}</h3>
      <CheckboxGroupField
        id={`${px}-commitments`}
        name="commitments"
        legend={t('commitmentsLegend')}
        options={commitments}
        checked={initial?.commitments}
        hint={t('commitmentsHint')}
        error={fieldError('commitments')}
      />
      {adhesionId && <TextAreaField id={`${px}-reply`} name="reply" label={t('reply')} rows={3} error={fieldError('reply')} />}
      <p className="mb-1 flex items-start gap-2">
        <input
          type="checkbox"
          id={`${px}-accept`}
          name="accept"
          className="mt-1 size-4 shrink-0"
          aria-invalid={fieldError('accept') ? true : undefined}
          aria-describedby={fieldError('accept') ? `${px}-accept-error` : undefined}
        />
        <label htmlFor={`${px}-accept`}>{t('accept')}</label>
      </p>
      {fieldError('accept') && (
        <p id={`${px}-accept-error`} className="mb-3 text-sm font-medium text-red-800">
          {fieldError('accept')}
        </p>
      )}
      <Button type="submit" disabled={pending} className="mt-3">
        {adhesionId ? t('resubmit') : t('submit')}
      </Button>
    </form>
  )
}
