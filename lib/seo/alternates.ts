import { routing, type Locale } from '@/i18n/routing'
import { localePath } from '@/lib/paths'

type Pathname = keyof typeof routing.pathnames

const escape = (s: string) => s.replace(/[.*+?^${}()|\\]/g, '\\$&')
// Each route's template in each language as a pattern ("/eventi/[id]" → /^\/eventi\/([^/]+)$/), fixed routes first
// so that "/buone-pratiche/nuova" is not read as the practice "nuova".
const PATTERNS = (Object.entries(routing.pathnames) as [Pathname, string | Record<Locale, string>][])
  .flatMap(([key, entry]) =>
    routing.locales.map((locale) => {
      const template = typeof entry === 'string' ? entry : entry[locale]
      const names = [...template.matchAll(/\[([a-zA-Z]+)\]/g)].map((m) => m[1]!)
      const re = new RegExp(`^${escape(template).replace(/\[[a-zA-Z]+\]/g, '([^/]+)')}/?$`)
      return { key, locale, names, re }
    }),
  )
  .sort((a, b) => a.names.length - b.names.length)

/**
 * The same page in every language, from a requested path: `{ locale, paths: { it, en } }`, or null for paths that
 * are not pages of the site. Used for hreflang and canonical links (proxy.ts sends them as HTTP Link headers).
 */
export function localeAlternates(pathname: string): { locale: Locale; paths: Record<Locale, string> } | null {
  const en = pathname === '/en' || pathname.startsWith('/en/')
  const locale: Locale = en ? 'en' : 'it'
  const rest = en ? pathname.slice(3) || '/' : pathname
  for (const p of PATTERNS) {
    if (p.locale !== locale) continue
    const m = p.re.exec(rest)
    if (!m) continue
    let params: Record<string, string>
    try {
      params = Object.fromEntries(p.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]))
    } catch {
      return null
    }
    const href = p.names.length ? { pathname: p.key, params } : p.key
    return { locale, paths: { it: localePath(href, 'it'), en: localePath(href, 'en') } }
  }
  return null
}

/** The HTTP Link header of a page: canonical (its own language, no query string) and hreflang alternates. */
export function linkHeader(pathname: string, origin: string): string | null {
  const a = localeAlternates(pathname)
  if (!a) return null
  return [
    `<${origin}${a.paths[a.locale]}>; rel="canonical"`,
    ...routing.locales.map((l) => `<${origin}${a.paths[l]}>; rel="alternate"; hreflang="${l}"`),
    `<${origin}${a.paths[routing.defaultLocale]}>; rel="alternate"; hreflang="x-default"`,
  ].join(', ')
}
