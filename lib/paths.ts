import { routing } from '@/i18n/routing'
import type { Locale } from '@/i18n/routing'

// The localised path of a route, as next-intl's getPathname gives it, without next-intl's navigation module: that
// one loads Next's client router (React contexts), which mails built in a separate process (`npm run mail:work`,
// scripts run with the react-server condition) cannot load.

type Pathname = keyof typeof routing.pathnames
export type PathHref = Pathname | { pathname: Pathname; params?: Record<string, string>; query?: Record<string, string>; hash?: string }

export function localePath(href: PathHref, locale: Locale): string {
  const h = typeof href === 'string' ? { pathname: href } : href
  const entry = routing.pathnames[h.pathname] as string | Record<Locale, string>
  let path = typeof entry === 'string' ? entry : entry[locale]
  for (const [k, v] of Object.entries(('params' in h && h.params) || {})) path = path.replace(`[${k}]`, encodeURIComponent(v))
  const prefix = locale === routing.defaultLocale ? '' : `/${locale}`
  const query = 'query' in h && h.query && Object.keys(h.query).length ? `?${new URLSearchParams(h.query)}` : ''
  const hash = 'hash' in h && h.hash ? `#${h.hash}` : ''
  return (prefix && path === '/' ? prefix : prefix + path) + query + hash
}

/** An Atom feed's address (server/feeds.ts): `feedPath('practices', 'en')` → "/feeds/en/practices.xml". */
export const feedPath = (name: string, locale: Locale) => `/feeds/${locale === 'en' ? 'en/' : ''}${name}.xml`
