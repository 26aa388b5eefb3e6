import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { getCurrentUser } from '@/server/auth/session'
import { CategoryView, categoryMetadata } from './category-view'

// A category for a signed-in member (with unread counts), per request. Visitors who are not signed in get the same
// view from the page cache: proxy.ts sends their plain reads to app/[locale]/(public)/anon/forum/c/[slug] (issue 15).

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  return categoryMetadata(locale, slug)
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const sp = await searchParams
  const after = typeof sp.after === 'string' ? sp.after : undefined
  return <CategoryView locale={locale} slug={slug} after={after} user={await getCurrentUser()} />
}
