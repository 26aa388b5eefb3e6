import 'server-only'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { linkChoices } from '@/server/choices'
import type { CurrentUser } from '@/server/auth/session'
import { EVENT_TYPES } from '@/lib/validations/events'
import type { EventFormOptions } from './event-form'

/** The choices the event form offers, in the page's language. */
export async function eventFormOptions(locale: Locale, user: CurrentUser, keep?: string | null): Promise<EventFormOptions> {
  const [tt, links] = await Promise.all([getTranslations({ locale, namespace: 'eventTypes' }), linkChoices(locale, { user, keep })])
  return { types: EVENT_TYPES.map((v) => ({ value: v, label: tt(v) })), ...links }
}
