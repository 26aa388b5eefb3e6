import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { isBuildPhase } from '@/server/cache'
import { ThreadView, threadMetadata } from '../../../../../forum/t/[id]/thread-view'

// A thread as visitors who are not signed in see it, from the page cache (issue 15): proxy.ts sends their requests
// for /forum/t/<id>[?from=<n>] here. Rendered at the first request for each thread page, expired by every write
// (server/cache.ts). Its address is internal; the page's links and metadata name the public one.

export const revalidate = 300
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: Locale; id: string; from: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, locale } = await params
  return threadMetadata(id, locale)
}

export default async function AnonymousThreadPage({ params }: Props) {
  const { locale, id, from } = await params
  setRequestLocale(locale)
  if (isBuildPhase()) return null
  if (!/^\d{1,7}$/.test(from)) notFound()
  return <ThreadView locale={locale} id={id} from={Number(from) > 1 ? Number(from) : undefined} />
}
