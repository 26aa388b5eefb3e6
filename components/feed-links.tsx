import { getTranslations } from 'next-intl/server'
import { env } from '@/server/env'

/**
 * A "subscribe" link for a calendar feed (webcal:, which calendar apps open as a subscription that stays up to date),
 * shown next to the .ics download. `name` says which calendar, for screen readers when several are listed.
 */
export async function WebcalLink({ path, name }: { path: string; name?: string }) {
  const t = await getTranslations('common')
  const href = `${env().APP_URL.replace(/^https?:/, 'webcal:')}${path}`
  return (
    <a href={href} data-testid="webcal-link" aria-label={name ? t('subscribeCalendarNamed', { name }) : undefined}>
      {t('subscribeCalendar')}
    </a>
  )
}

/** A link to an Atom feed. */
export async function AtomLink({ path, name }: { path: string; name?: string }) {
  const t = await getTranslations('common')
  return (
    <a href={path} type="application/atom+xml" aria-label={name ? t('atomFeedNamed', { name }) : undefined}>
      {t('atomFeed')}
    </a>
  )
}
