import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { isBuildPhase } from '@/server/cache'
import { generateMetadata as practiceMetadata } from '../../../practices/[id]/page'
import { PracticeView } from '../../../practices/[id]/practice-view'

// A published good practice as visitors who are not signed in see it, from the page cache (issue 15): proxy.ts sends
// their requests for /buone-pratiche/<id> here (members get the per-request page: their drafts, reviews, marks).
// Rendered at the first request, expired by every write to practices (server/cache.ts).

export const revalidate = 300
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: Locale; id: string }> }

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return practiceMetadata({ params })
}

export default async function CachedPracticePage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  if (isBuildPhase()) return null
  return <PracticeView locale={locale} id={id} user={null} />
}
