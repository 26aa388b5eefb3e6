'use client'
import { useEffect, useRef, useState } from 'react'
import { useTranslations } from 'next-intl'
import { useAfterWrite } from '@/components/use-after-write'
import { CheckboxGroupField, ChoiceField, TextAreaField, TextField, type Option } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { savePracticeAction } from '@/server/practices/actions'
import { MarkdownEditor } from '@/components/markdown-editor'

export type PracticeFormOptions = {
  instruments: Option[]
  themes: Option[]
  sectors: Option[]
  regions: Option[]
  clusters: Option[]
  organisations: Option[]
  caseStudies: Option[]
}
export type PracticeInitial = {
  title: string
  summary: string
  body: string
  instruments: string[]
  theme: string
  sector: string
  regionId: string
  clusterId: string
  organisationId: string
  caseStudySlug: string
  results: { label: string; value: string; unit: string }[]
  contact: string
}

/**
 * The good-practice editor. "Save draft" keeps whatever is typed (only a title is needed); "Submit for review"
 * checks everything a reviewer needs. Leaving with unsaved changes asks first. A published practice is saved
 * as a new revision with a note on what changed.
 */
export function PracticeForm({
  options,
  initial,
  practiceId,
  published = false,
}: {
  options: PracticeFormOptions
  initial?: PracticeInitial
  practiceId?: string
  published?: boolean
}) {
  const t = useTranslations('practices.form')
  const after = useAfterWrite()
  const [saved, setSaved] = useState(false)
  const dirty = useRef(false)
  const { onSubmit, pending, fieldError, formError } = useActionForm(savePracticeAction, (d) => {
    dirty.current = false
    if (d.status === 'SUBMITTED' || published) {
      after.go({ pathname: '/practices/[id]', params: { id: d.practiceId } })
    } else if (!practiceId) {
      // A new draft now has an address: go on editing it there.
      after.go({ pathname: '/practices/[id]/edit', params: { id: d.practiceId }, query: { saved: '1' } })
    } else setSaved(true)
  })
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [])
  const rows = Math.min(8, Math.max(3, (initial?.results.length ?? 0) + 1))
  return (
    <form
      onSubmit={(e) => {
        setSaved(false)
        onSubmit(e)
      }}
      onInput={() => {
        dirty.current = true
        setSaved(false)
      }}
      noValidate
      className="max-w-3xl"
    >
      {formError && <Notice kind="error">{formError}</Notice>}
      {saved && <Notice kind="success">{t('saved')}</Notice>}
      {practiceId && <input type="hidden" name="practiceId" value={practiceId} />}
      <TextField name="title" label={t('title')} defaultValue={initial?.title} error={fieldError('title')} maxLength={150} />
      <TextAreaField
        name="summary"
        label={t('summary')}
        hint={t('summaryHint')}
        defaultValue={initial?.summary}
        error={fieldError('summary')}
        rows={3}
      />
      <MarkdownEditor
        name="body"
        id="practice-body"
        label={t('body')}
        defaultValue={initial?.body}
        error={fieldError('body')}
        rows={14}
        live
      />

      <CheckboxGroupField
        name="instruments"
        legend={t('instruments')}
        options={options.instruments}
        checked={initial?.instruments}
        error={fieldError('instruments')}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <ChoiceField
          name="theme"
          label={t('theme')}
          options={options.themes}
          none="—"
          defaultValue={initial?.theme ?? ''}
          error={fieldError('theme')}
        />
        <ChoiceField
          name="sector"
          label={t('sector')}
          options={options.sectors}
          none="—"
          defaultValue={initial?.sector ?? ''}
          error={fieldError('sector')}
        />
        <ChoiceField
          name="regionId"
          label={t('region')}
          hint={t('territoryHint')}
          options={options.regions}
          none="—"
          defaultValue={initial?.regionId ?? ''}
          error={fieldError('regionId')}
        />
        <ChoiceField
          name="clusterId"
          label={t('cluster')}
          options={options.clusters}
          none={t('none')}
          defaultValue={initial?.clusterId ?? ''}
          error={fieldError('clusterId')}
        />
        <ChoiceField
          name="organisationId"
          label={t('organisation')}
          options={options.organisations}
          none={t('none')}
          defaultValue={initial?.organisationId ?? ''}
          error={fieldError('organisationId')}
        />
        <ChoiceField
          name="caseStudySlug"
          label={t('caseStudy')}
          options={options.caseStudies}
          none={t('none')}
          defaultValue={initial?.caseStudySlug ?? ''}
          error={fieldError('caseStudySlug')}
        />
      </div>

      <fieldset className="mb-4">
        <legend className="font-medium">{t('results')}</legend>
        <p className="text-sm text-muted">{t('resultsHint')}</p>
        {Array.from({ length: rows }, (_, i) => {
          const r = initial?.results[i]
          return (
            <div key={i} className="mt-2 grid gap-x-3 sm:grid-cols-[1fr_9rem_7rem]">
              <TextField
                id={`result-label-${i}`}
                name="resultLabel"
                label={t('resultLabel', { n: i + 1 })}
                defaultValue={r?.label}
                error={fieldError(`resultLabel.${i}`)}
              />
              <TextField
                id={`result-value-${i}`}
                name="resultValue"
                inputMode="decimal"
                label={t('resultValue', { n: i + 1 })}
                defaultValue={r?.value}
                error={fieldError(`resultValue.${i}`)}
              />
              <TextField
                id={`result-unit-${i}`}
                name="resultUnit"
                label={t('resultUnit', { n: i + 1 })}
                defaultValue={r?.unit}
                error={fieldError(`resultUnit.${i}`)}
              />
            </div>
          )
        })}
      </fieldset>
      <TextField
        name="contact"
        label={t('contact')}
        hint={t('contactHint')}
        defaultValue={initial?.contact}
        error={fieldError('contact')}
      />
      {published && <TextField name="note" label={t('note')} hint={t('noteHint')} error={fieldError('note')} />}

      <div className="flex flex-wrap gap-3">
        {published ? (
          <Button type="submit" name="intent" value="save" disabled={pending}>
            {t('savePublished')}
          </Button>
        ) : (
          <>
            <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>
              {t('saveDraft')}
            </Button>
            <Button type="submit" name="intent" value="submit" disabled={pending}>
              {t('submit')}
            </Button>
          </>
        )}
      </div>
    </form>
  )
}
