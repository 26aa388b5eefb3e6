import { getRequestConfig } from 'next-intl/server'
import { hasLocale } from 'next-intl'
import { routing } from './routing'
import { NETWORK_TZ } from '@/lib/dates'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  return {
    locale,
    timeZone: NETWORK_TZ,
    messages: (await import(`../messages/${locale}.json`)).default,
  }
})
