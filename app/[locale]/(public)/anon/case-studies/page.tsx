import type { Metadata } from 'next'
import type { Locale } from '@/i18n/routing'
import CaseStudiesPage, { generateMetadata as caseStudiesMetadata } from '../../case-studies/page'

// The case-study library without filters, from the page cache (issue 15): proxy.ts sends plain reads of
// /casi-studio and /en/case-studies here; with a query string (filters) the list is rendered per request. The
// library comes from content/, so the page changes only with a new build.

type Props = { params: Promise<{ locale: Locale }> }

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return caseStudiesMetadata({ params, searchParams: Promise.resolve({}) })
}

export default function CachedCaseStudiesPage({ params }: Props) {
  return <CaseStudiesPage params={params} searchParams={Promise.resolve({})} />
}
