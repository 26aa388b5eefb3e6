import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { getCurrentUser } from '@/server/auth/session'
import { getPractice } from '@/server/practices/queries'
import { ogMetadata } from '@/server/og'
import { PracticeView } from './practice-view'

// A good practice for a signed-in member, rendered per request; visitors get it from the page cache (proxy.ts).

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, locale } = await params
  const p = await getPractice(id)
  if (!p || p.status !== 'PUBLISHED') return { robots: { index: false } }
  const og = ogMetadata('practice', id, locale, p.title)
  return {
    title: p.title,
    description: p.summary.slice(0, 160),
    openGraph: { title: p.title, description: p.summary.slice(0, 160), type: 'article', ...og.openGraph },
    twitter: og.twitter,
  }
}

export default async function PracticePage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  return <PracticeView locale={locale} id={id} user={await getCurrentUser()} />
}
