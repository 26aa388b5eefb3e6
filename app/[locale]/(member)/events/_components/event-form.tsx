'use client'
import { useTranslations } from 'next-intl'
import { useAfterWrite } from '@/components/use-after-write'
import { ChoiceField, TextField, SelectField, type Option } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { createEventAction, updateEventAction } from '@/server/events/actions'
import { MarkdownEditor } from '@/components/markdown-editor'

/** Values to start from: an event being edited (with its id) or duplicated (dates left empty). */
export type EventInitial = {
  title: string
  type: string
  description: string
  startsAt: string
  endsAt: string
  address: string
  city: string
  regionId: string
  onlineUrl: string
  capacity: string
  onlineCapacity: string
  registrationDeadline: string
  allDay: boolean
  organisationId: string
  clusterId: string
  caseStudySlug: string
  reminders: string
}

export type EventFormOptions = { types: Option[]; regions: Option[]; clusters: Option[]; organisations: Option[]; caseStudies: Option[] }

export function EventForm({
  options,
  initial,
  eventId,
  laterDates = 0,
}: {
  options: EventFormOptions
  initial?: EventInitial
  eventId?: string
  laterDates?: number
}) {
  const { types, regions } = options
  const t = useTranslations('events.form')
  const te = useTranslations('events')
  const after = useAfterWrite()
  const { onSubmit, pending, fieldError, formError } = useActionForm(eventId ? updateEventAction : createEventAction, (d) => {
    after.go({ pathname: '/events/[id]', params: { id: d.eventId } })
  })
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      {formError && <Notice kind="error">{formError}</Notice>}
      {eventId && <input type="hidden" name="eventId" value={eventId} />}
      <TextField name="title" label={t('title')} defaultValue={initial?.title} error={fieldError('title')} />
      <ChoiceField name="type" label={te('type')} options={types} none="—" defaultValue={initial?.type ?? ''} error={fieldError('type')} />
      <MarkdownEditor
        name="description"
        id="event-description"
        label={t('description')}
        defaultValue={initial?.description}
        error={fieldError('description')}
        rows={6}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="startsAt"
          type="datetime-local"
          label={t('startsAt')}
          defaultValue={initial?.startsAt}
          error={fieldError('startsAt')}
        />
        <TextField name="endsAt" type="datetime-local" label={t('endsAt')} defaultValue={initial?.endsAt} error={fieldError('endsAt')} />
      </div>
      <p className="mb-4 flex items-center gap-2">
        <input
          type="checkbox"
          id="event-allDay"
          name="allDay"
          defaultChecked={initial?.allDay}
          className="size-4"
          aria-describedby="event-allDay-hint"
        />
        <label htmlFor="event-allDay">{t('allDay')}</label>
        <span id="event-allDay-hint" className="text-sm text-muted">
          {t('allDayHint')}
        </span>
      </p>
      {!eventId && (
        <fieldset className="mb-4 rounded-md border border-gray-300 p-3">
          <legend className="px-1 font-medium">{t('repeat')}</legend>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <SelectField name="recurrence" label={t('recurrence')} defaultValue="NONE" error={fieldError('recurrence')}>
              <option value="NONE">{t('recurrenceNONE')}</option>
              <option value="WEEKLY">{t('recurrenceWEEKLY')}</option>
              <option value="BIWEEKLY">{t('recurrenceBIWEEKLY')}</option>
              <option value="MONTHLY_WEEKDAY">{t('recurrenceMONTHLY_WEEKDAY')}</option>
            </SelectField>
            <TextField
              name="occurrences"
              inputMode="numeric"
              label={t('occurrences')}
              hint={t('occurrencesHint')}
              defaultValue=""
              error={fieldError('occurrences')}
            />
          </div>
        </fieldset>
      )}
      <p className="mb-2 text-sm text-muted">{t('placeHint')}</p>
      <TextField name="address" label={t('address')} defaultValue={initial?.address} error={fieldError('address')} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="city" label={t('city')} defaultValue={initial?.city} error={fieldError('city')} />
        <ChoiceField
          name="regionId"
          label={t('region')}
          options={regions}
          none={t('regionNone')}
          defaultValue={initial?.regionId ?? ''}
          error={fieldError('regionId')}
        />
      </div>
      <TextField name="onlineUrl" type="url" label={t('onlineUrl')} defaultValue={initial?.onlineUrl} error={fieldError('onlineUrl')} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="capacity"
          inputMode="numeric"
          label={t('capacity')}
          hint={t('capacityHint')}
          defaultValue={initial?.capacity}
          error={fieldError('capacity')}
        />
        <TextField
          name="onlineCapacity"
          inputMode="numeric"
          label={t('onlineCapacity')}
          hint={t('onlineCapacityHint')}
          defaultValue={initial?.onlineCapacity}
          error={fieldError('onlineCapacity')}
        />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="registrationDeadline"
          type="datetime-local"
          label={t('deadline')}
          defaultValue={initial?.registrationDeadline}
          error={fieldError('registrationDeadline')}
        />
      </div>
      <SelectField
        name="reminders"
        label={t('reminders')}
        hint={t('remindersHint')}
        defaultValue={initial?.reminders ?? 'H24'}
        error={fieldError('reminders')}
      >
        {(['H24', 'H1', 'BOTH', 'NONE'] as const).map((r) => (
          <option key={r} value={r}>
            {t(`reminders${r}`)}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <ChoiceField
          name="organisationId"
          label={t('organisation')}
          options={options.organisations}
          none={t('none')}
          defaultValue={initial?.organisationId ?? ''}
          error={fieldError('organisationId')}
        />
        <ChoiceField
          name="clusterId"
          label={t('cluster')}
          options={options.clusters}
          none={t('none')}
          defaultValue={initial?.clusterId ?? ''}
          error={fieldError('clusterId')}
        />
      </div>
      <ChoiceField
        name="caseStudySlug"
        label={t('caseStudy')}
        options={options.caseStudies}
        none={t('none')}
        defaultValue={initial?.caseStudySlug ?? ''}
        error={fieldError('caseStudySlug')}
      />
      {eventId && laterDates > 0 && (
        <p className="mb-4 flex items-start gap-2">
          <input
            type="checkbox"
            id="event-scope"
            name="scope"
            value="following"
            className="mt-1 size-4 shrink-0"
            aria-describedby="event-scope-hint"
          />
          <label htmlFor="event-scope">{t('applyToFollowing', { count: laterDates })}</label>
          <span id="event-scope-hint" className="sr-only">
            {t('applyToFollowingHint')}
          </span>
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {eventId ? t('save') : t('submit')}
      </Button>
    </form>
  )
}
