'use client'
import { useState } from 'react'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { SelectField, TextField } from '@/components/ui/field'
import { useActionForm } from '@/components/use-action-form'
import { addMaterialAction, removeMaterialAction } from '@/server/events/actions'
import { MATERIAL_KINDS, MAX_UPLOAD_BYTES, UPLOAD_EXTENSIONS } from '@/lib/uploads'

/** The organiser's form to attach minutes and materials: a link or a file (checked again on the server). */
export function AddMaterial({ eventId }: { eventId: string }) {
  const t = useTranslations('events.materials')
  const te = useTranslations('errors')
  const [done, setDone] = useState(false)
  const [tooBig, setTooBig] = useState(false)
  const f = useActionForm(addMaterialAction, (_d, form) => {
    form.reset()
    setDone(true)
  })
  return (
    <form
      onSubmit={(e) => {
        setDone(false)
        // Said before sending 8 MB for nothing; the server checks again.
        const input = e.currentTarget.elements.namedItem('file') as HTMLInputElement | null
        const big = (input?.files?.[0]?.size ?? 0) > MAX_UPLOAD_BYTES
        setTooBig(big)
        if (big) e.preventDefault()
        else f.onSubmit(e)
      }}
      noValidate
      className="mt-4 max-w-xl rounded-lg border border-gray-200 p-4"
      aria-labelledby="add-material-h"
    >
      <h3 id="add-material-h" className="mb-2 font-semibold">
        {t('add')}
      </h3>
      {f.formError && <Notice kind="error">{f.formError}</Notice>}
      {done && <Notice kind="success">{t('added')}</Notice>}
      <input type="hidden" name="eventId" value={eventId} />
      <SelectField name="kind" label={t('kind')} defaultValue="MINUTES" error={f.fieldError('kind')}>
        {MATERIAL_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField name="title" label={t('title')} error={f.fieldError('title')} />
      <TextField name="url" type="url" label={t('url')} error={f.fieldError('url')} />
      <TextField
        name="file"
        type="file"
        label={t('file')}
        hint={t('fileHint', { types: UPLOAD_EXTENSIONS.join(', '), mb: MAX_UPLOAD_BYTES / 1024 / 1024 })}
        accept={UPLOAD_EXTENSIONS.map((x) => `.${x}`).join(',')}
        error={tooBig ? te('fileTooLarge') : f.fieldError('file')}
      />
      <Button type="submit" disabled={f.pending}>
        {t('submit')}
      </Button>
    </form>
  )
}

export function RemoveMaterial({ materialId, title }: { materialId: string; title: string }) {
  const t = useTranslations('events.materials')
  const f = useActionForm(removeMaterialAction)
  return (
    <form onSubmit={(e) => (confirm(t('removeConfirm', { title })) ? f.onSubmit(e) : e.preventDefault())} className="inline">
      <input type="hidden" name="materialId" value={materialId} />
      <Button type="submit" variant="danger-link" disabled={f.pending} aria-label={t('removeLabel', { title })}>
        {t('remove')}
      </Button>
    </form>
  )
}
