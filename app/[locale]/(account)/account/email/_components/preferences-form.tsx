'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { savePreferencesAction } from '@/server/notifications/actions'
import { NOTIFICATION_KINDS, OFFERED_CHANNELS, type MailChannel, type NotificationKind } from '@/lib/notification-mail'

/** One choice per kind of notification, in groups; saved together. */
export function PreferencesForm({ initial }: { initial: Record<NotificationKind, MailChannel> }) {
  const t = useTranslations('preferences')
  const { onSubmit, pending, formError, fieldError, result } = useActionForm(savePreferencesAction)
  return (
    <form onSubmit={onSubmit} noValidate>
      {formError && <Notice kind="error">{formError}</Notice>}
      {result?.ok && <Notice kind="success">{t('saved')}</Notice>}
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t('title')}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pr-3">
              {t('kind')}
            </th>
            <th scope="col" className="py-2">
              {t('channel')}
            </th>
          </tr>
        </thead>
        <tbody>
          {NOTIFICATION_KINDS.map((k) => (
            <tr key={k} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <label htmlFor={`pref-${k}`}>{t(`kinds.${k}`)}</label>
              </th>
              <td className="py-2">
                <select
                  id={`pref-${k}`}
                  name={k}
                  defaultValue={initial[k]}
                  aria-invalid={!!fieldError(k) || undefined}
                  className="w-full max-w-56 rounded-md border border-gray-500 px-2 py-1.5"
                >
                  {OFFERED_CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {t(`channels.${c}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button type="submit" className="mt-6" disabled={pending}>
        {t('save')}
      </Button>
    </form>
  )
}
