import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { isBuildPhase } from '@/server/cache'
import EventsPage, { generateMetadata as eventsMetadata } from '../../../../events/page'

// The calendar's month and week views without filters, from the page cache (issue 15): proxy.ts sends
// /eventi?view=month[&month=2026-12] (and week) here, the month or week as a path segment ("now": the current one,
// at most 5 minutes late at midnight). Expired by every write to meetings (server/cache.ts).

export const revalidate = 300
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: Locale; view: string; key: string }> }

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return eventsMetadata({ params, searchParams: Promise.resolve({}) })
}

export default async function CachedCalendarView({ params }: Props) {
  const { locale, view, key } = await params
  setRequestLocale(locale)
  if (isBuildPhase()) return null
  if (view !== 'month' && view !== 'week') notFound()
  const sp = { view, ...(key === 'now' ? {} : { [view]: key }) }
  return <EventsPage params={params} searchParams={Promise.resolve(sp)} />
}
