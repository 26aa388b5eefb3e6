'use client'
import { useLocale } from 'next-intl'
import { getPathname, useRouter } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

type Href = Parameters<typeof getPathname>[0]['href']

/**
 * The one way forms move on after a successful write, always in the page's language: `go(href)` opens another page
 * of the app; `reloadAt(href)` loads it in full — after the session changed (sign-in, sign-up), so that every
 * server-rendered part sees the new session. Staying on the page needs nothing: every command revalidates what it
 * changed, and a server action that revalidates brings the page's new content with its answer (no second render).
 */
export function useAfterWrite() {
  const router = useRouter()
  const locale = useLocale() as Locale
  return {
    go: (href: Href) => router.push(href as Parameters<typeof router.push>[0]),
    reloadAt: (href: Href | string) => window.location.assign(typeof href === 'string' ? href : getPathname({ href, locale })),
  }
}
