import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { getCurrentUser } from '@/server/auth/session'
import { canModerate } from '@/lib/policies'
import { ThreadView, threadMetadata } from './thread-view'

// A thread rendered per request: for a post's history (?history=<n>) and for the re-render that follows an action
// on the page. Plain reads — visitors and members alike — are answered from the page cache: proxy.ts sends them to
// app/[locale]/(public)/anon/forum/t/[id]/[from], and the member's own parts are islands (issue 15).

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, locale } = await params
  return threadMetadata(id, locale)
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const sp = await searchParams
  const from = typeof sp.from === 'string' && /^\d{1,7}$/.test(sp.from) ? Number(sp.from) : undefined
  const historyOf = typeof sp.history === 'string' && /^\d{1,7}$/.test(sp.history) ? Number(sp.history) : undefined
  // Only a post's history differs for moderators (a hidden post's earlier versions).
  const moderator = historyOf ? canModerate(await getCurrentUser()) : false
  return <ThreadView locale={locale} id={id} from={from} historyOf={historyOf} moderator={moderator} />
}
