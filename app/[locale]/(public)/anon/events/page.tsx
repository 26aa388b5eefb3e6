import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { isBuildPhase } from '@/server/cache'
import EventsPage, { generateMetadata as eventsMetadata } from '../../events/page'

// The calendar's upcoming meetings without filters, from the page cache (issue 15): proxy.ts sends plain reads of /eventi and /en/events here, for
// visitors and members alike (the member's links are islands); with a query string the list is rendered per
// request. Expired by every write that changes it (server/cache.ts), and at most 5 minutes old besides.

export const revalidate = 300

type Props = { params: Promise<{ locale: Locale }> }

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return eventsMetadata({ params, searchParams: Promise.resolve({}) })
}

export default async function CachedEventsPage({ params }: Props) {
  setRequestLocale((await params).locale)
  if (isBuildPhase()) return null
  return <EventsPage params={params} searchParams={Promise.resolve({})} />
}
