import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { getCurrentUser } from '@/server/auth/session'
import { ThreadView, threadMetadata } from './thread-view'

// A thread for a signed-in member, rendered per request. Visitors who are not signed in get the same view from the
// page cache: proxy.ts sends their requests to app/[locale]/anon/forum/t/[id]/[from] (issue 15).

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return threadMetadata((await params).id)
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const sp = await searchParams
  const from = typeof sp.from === 'string' && /^\d{1,7}$/.test(sp.from) ? Number(sp.from) : undefined
  const historyOf = typeof sp.history === 'string' && /^\d{1,7}$/.test(sp.history) ? Number(sp.history) : undefined
  return <ThreadView locale={locale} id={id} from={from} historyOf={historyOf} user={await getCurrentUser()} />
}
