import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { isBuildPhase } from '@/server/cache'
import { CategoryView, categoryMetadata } from '../../../../forum/c/[slug]/category-view'

// A category's first page of threads as visitors see it, from the page cache (issue 15): proxy.ts sends plain reads
// of /forum/c/<slug> by visitors who are not signed in here. Expired by every write (server/cache.ts) and after a
// minute (relative times).

export const revalidate = 60
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  return categoryMetadata(locale, slug)
}

export default async function AnonymousCategoryPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  if (isBuildPhase()) return null
  return <CategoryView locale={locale} slug={slug} user={null} />
}
