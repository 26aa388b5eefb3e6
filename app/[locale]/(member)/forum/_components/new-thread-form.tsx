'use client'
import { useTranslations } from 'next-intl'
import { useAfterWrite } from '@/components/use-after-write'
import { TextField, SelectField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { createThreadAction } from '@/server/forum/actions'
import { MarkdownEditor } from '@/components/markdown-editor'

type Option = { value: string; label: string }

export function NewThreadForm({
  categories,
  caseStudies,
  clusters,
  events,
  defaultCategory,
  defaultCaseStudy,
  defaultEvent,
}: {
  categories: Option[]
  caseStudies: Option[]
  clusters: Option[]
  events: Option[]
  defaultCategory?: string
  defaultCaseStudy?: string
  defaultEvent?: string
}) {
  const t = useTranslations('forum')
  const after = useAfterWrite()
  const { onSubmit, pending, fieldError, formError } = useActionForm(createThreadAction, (data) => {
    after.go({ pathname: '/forum/t/[id]', params: { id: data.threadId } })
  })
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      {formError && <Notice kind="error">{formError}</Notice>}
      <SelectField name="categoryId" label={t('category')} defaultValue={defaultCategory ?? ''} error={fieldError('categoryId')}>
        <option value="">—</option>
        {categories.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <TextField name="title" label={t('titleLabel')} error={fieldError('title')} maxLength={200} />
      <MarkdownEditor name="body" id="thread-body" label={t('bodyLabel')} error={fieldError('body')} rows={12} mentions />
      <TextField name="tags" label={t('tags')} hint={t('tagsHint')} error={fieldError('tags')} />
      <SelectField name="caseStudySlug" label={t('caseStudy')} defaultValue={defaultCaseStudy ?? ''} error={fieldError('caseStudySlug')}>
        <option value="">{t('caseStudyNone')}</option>
        {caseStudies.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <SelectField name="clusterId" label={t('cluster')} defaultValue="" error={fieldError('clusterId')}>
        <option value="">{t('caseStudyNone')}</option>
        {clusters.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <SelectField name="eventId" label={t('event')} defaultValue={defaultEvent ?? ''} error={fieldError('eventId')}>
        <option value="">{t('caseStudyNone')}</option>
        {events.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending}>
        {t('publish')}
      </Button>
    </form>
  )
}
