import type { ReactNode } from 'react'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'

/** What every page's client components translate: the header and menus, filters, form errors. */
export const BASE_NAMESPACES = ['nav', 'common', 'errors']

type Messages = Record<string, unknown>

/** The messages under the given namespaces (`network.org` picks one branch), for the browser. */
export function pickMessages(all: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {}
  for (const ns of namespaces) {
    const keys = ns.split('.')
    let from: unknown = all
    for (const k of keys) from = (from as Messages | undefined)?.[k]
    if (from === undefined) throw new Error(`no messages under ${ns}`)
    let to = out
    keys.forEach((k, i) => {
      if (i === keys.length - 1) to[k] = from
      else to = (to[k] ??= {}) as Messages
    })
  }
  return out
}

/**
 * Gives the client components below it the messages of `namespaces` (and the base ones) — not the whole catalogue,
 * which would travel inside every page (issue 15: about 70 kB of each page's HTML). A route group's layout names
 * what its client components translate; a missing namespace shows up as a missing message in the e2e tests.
 */
export async function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: Locale
  namespaces: readonly string[]
  children: ReactNode
}) {
  const all = (await getMessages({ locale })) as Messages
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(all, [...BASE_NAMESPACES, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  )
}

/** A layout that gives its pages' client components these namespaces. */
export function messagesLayout(namespaces: readonly string[]) {
  return async function MessagesLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
    const { locale } = await params
    return (
      <ClientMessages locale={locale as Locale} namespaces={namespaces}>
        {children}
      </ClientMessages>
    )
  }
}
