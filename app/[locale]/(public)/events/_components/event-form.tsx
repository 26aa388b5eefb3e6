'use client'
import { useLocale, useTranslations } from 'next-intl'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { TextField, SelectField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { createEventAction } from '@/server/actions/events'
import { MarkdownEditor } from '../../forum/_components/markdown-editor'

type Option = { value: string; label: string }

export function EventForm({ types, regions }: { types: Option[]; regions: Option[] }) {
  const t = useTranslations('events.form')
  const te = useTranslations('events')
  const locale = useLocale() as Locale
  const { onSubmit, pending, fieldError, formError } = useActionForm(createEventAction, (d) => {
    window.location.assign(getPathname({ href: { pathname: '/events/[id]', params: { id: d.eventId } }, locale }))
  })
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      {formError && <Notice kind="error">{formError}</Notice>}
      <TextField name="title" label={t('title')} error={fieldError('title')} />
      <SelectField name="type" label={te('type')} defaultValue="" error={fieldError('type')}>
        <option value="">—</option>
        {types.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </SelectField>
      <MarkdownEditor name="description" id="event-description" label={t('description')} error={fieldError('description')} rows={6} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="startsAt" type="datetime-local" label={t('startsAt')} error={fieldError('startsAt')} />
        <TextField name="endsAt" type="datetime-local" label={t('endsAt')} error={fieldError('endsAt')} />
      </div>
      <p className="mb-2 text-sm text-muted">{t('placeHint')}</p>
      <TextField name="address" label={t('address')} error={fieldError('address')} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="city" label={t('city')} error={fieldError('city')} />
        <SelectField name="regionId" label={t('region')} defaultValue="" error={fieldError('regionId')}>
          <option value="">{t('regionNone')}</option>
          {regions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </SelectField>
      </div>
      <TextField name="onlineUrl" type="url" label={t('onlineUrl')} error={fieldError('onlineUrl')} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="capacity" inputMode="numeric" label={t('capacity')} hint={t('capacityHint')} error={fieldError('capacity')} />
        <TextField name="registrationDeadline" type="datetime-local" label={t('deadline')} error={fieldError('registrationDeadline')} />
      </div>
      <Button type="submit" disabled={pending}>{t('submit')}</Button>
    </form>
  )
}
