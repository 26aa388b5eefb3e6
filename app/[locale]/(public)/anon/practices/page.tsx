import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { isBuildPhase } from '@/server/cache'
import PracticesPage, { generateMetadata as practicesMetadata } from '../../practices/page'

// The list of good practices without filters, from the page cache (issue 15): proxy.ts sends plain reads of /buone-pratiche and /en/good-practices here, for
// visitors and members alike (the member's links are islands); with a query string the list is rendered per
// request. Expired by every write that changes it (server/cache.ts), and at most 5 minutes old besides.

export const revalidate = 300

type Props = { params: Promise<{ locale: Locale }> }

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return practicesMetadata({ params, searchParams: Promise.resolve({}) })
}

export default async function CachedPracticesPage({ params }: Props) {
  setRequestLocale((await params).locale)
  if (isBuildPhase()) return null
  return <PracticesPage params={params} searchParams={Promise.resolve({})} />
}
