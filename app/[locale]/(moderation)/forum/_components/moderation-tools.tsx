'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { createCategoryAction, moveCategoryAction, resolveFlagAction } from '@/server/forum/actions'

const small = '!px-2 !py-1 text-sm'

export function FlagActions({ flagId }: { flagId: string }) {
  const t = useTranslations('forum')
  const f = useActionForm(resolveFlagAction)
  return (
    <div className="mt-2 flex flex-wrap gap-2">
      <form onSubmit={f.onSubmit}>
        <input type="hidden" name="flagId" value={flagId} />
        <input type="hidden" name="action" value="hide" />
        <Button type="submit" variant="danger" className={small}>
          {t('hideFromFlag')}
        </Button>
      </form>
      <form onSubmit={f.onSubmit}>
        <input type="hidden" name="flagId" value={flagId} />
        <input type="hidden" name="action" value="dismiss" />
        <Button type="submit" variant="secondary" className={small}>
          {t('dismiss')}
        </Button>
      </form>
      {f.formError && (
        <p role="alert" className="text-sm text-red-800">
          {f.formError}
        </p>
      )}
    </div>
  )
}

export function CategoryOrder({ categoryId, name, first, last }: { categoryId: string; name: string; first: boolean; last: boolean }) {
  const t = useTranslations('forum')
  const f = useActionForm(moveCategoryAction)
  return (
    <div className="flex gap-1">
      {(['up', 'down'] as const).map((d) => (
        <form key={d} onSubmit={f.onSubmit}>
          <input type="hidden" name="categoryId" value={categoryId} />
          <input type="hidden" name="direction" value={d} />
          <Button
            type="submit"
            variant="secondary"
            className={small}
            disabled={d === 'up' ? first : last}
            aria-label={d === 'up' ? t('moveUp', { name }) : t('moveDown', { name })}
          >
            {d === 'up' ? '↑' : '↓'}
          </Button>
        </form>
      ))}
    </div>
  )
}

export function NewCategoryForm() {
  const t = useTranslations('forum')
  const f = useActionForm(createCategoryAction, (_d, form) => form.reset())
  return (
    <form onSubmit={f.onSubmit} noValidate className="max-w-xl">
      {f.formError && <Notice kind="error">{f.formError}</Notice>}
      <TextField name="nameIt" label={t('nameIt')} error={f.fieldError('nameIt')} />
      <TextField name="nameEn" label={t('nameEn')} error={f.fieldError('nameEn')} />
      <TextField name="descriptionIt" label={t('descriptionIt')} error={f.fieldError('descriptionIt')} />
      <TextField name="descriptionEn" label={t('descriptionEn')} error={f.fieldError('descriptionEn')} />
      <Button type="submit" disabled={f.pending}>
        {t('createCategory')}
      </Button>
    </form>
  )
}
