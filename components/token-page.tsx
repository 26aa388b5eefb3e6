import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { Notice } from '@/components/ui/notice'
import { Breadcrumbs } from '@/components/breadcrumbs'

export type TokenSearchParams = Promise<Record<string, string | string[] | undefined>>

/** The token of a mailed link, or null when the link is malformed. */
export async function linkToken(searchParams: TokenSearchParams): Promise<string | null> {
  const { token } = await searchParams
  return typeof token === 'string' && token.length >= 20 ? token : null
}

/**
 * The page a mailed link opens (confirm an address, an e-mail change): a title, a lead and the form with its
 * button — not a change on GET, since mail scanners open links — or a message when the link is malformed.
 */
export async function TokenPage({ title, lead, form }: { title: string; lead: string; form: ReactNode | null }) {
  const te = await getTranslations('errors')
  return (
    <div className="max-w-md">
      <Breadcrumbs items={[{ label: title }]} />
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-2 mb-6">{lead}</p>
      {form ?? <Notice kind="error">{te('tokenInvalid')}</Notice>}
    </div>
  )
}
