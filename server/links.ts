import 'server-only'
import { localePath } from '@/lib/paths'
import { env } from '@/server/env'
import type { Locale } from '@/i18n/routing'

/** Absolute, localised link for mails. */
export function absoluteLink(
  pathname: '/reset-password' | '/confirm-email' | '/confirm-account' | '/sign-in' | '/forgot-password',
  locale: Locale,
  query: Record<string, string>,
): string {
  return env().APP_URL + localePath({ pathname, query }, locale)
}
