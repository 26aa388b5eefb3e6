import { Feed } from 'feed'
import { getPathname } from '@/i18n/navigation'
import { getAllCaseStudies } from '@/server/content/case-studies'
import { env } from '@/server/env'
import { feedResponse } from '@/server/feed-response'

// /feeds/casi-studio.xml (Italian) and /feeds/case-studies.xml (English): RSS 2.0 of the case studies. Every other
// name is an Italian Atom feed read from the database (server/feeds.ts; the English ones are under /feeds/en/).
const FEEDS = { 'casi-studio.xml': 'it', 'case-studies.xml': 'en' } as const

export const dynamic = 'force-dynamic'

export async function GET(_req: Request, ctx: { params: Promise<{ feed: string }> }) {
  const { feed: name } = await ctx.params
  const locale = FEEDS[name as keyof typeof FEEDS]
  if (!locale) return feedResponse(name, 'it')
  const base = env().APP_URL
  const listUrl = base + getPathname({ href: '/case-studies', locale })
  const all = [...getAllCaseStudies()].sort((a, b) => b.updated.localeCompare(a.updated) || b.years.start - a.years.start)
  const feed = new Feed({
    id: listUrl,
    link: listUrl,
    title: locale === 'it' ? 'Cartesio — Casi studio' : 'Cartesio — Case studies',
    description:
      locale === 'it'
        ? 'Progetti pilota della Rete Cartesio, con le loro fonti.'
        : 'Pilot projects of the Rete Cartesio network, with their sources.',
    language: locale,
    copyright: 'Rete Cartesio',
    updated: all[0] ? new Date(all[0].updated) : new Date(0),
  })
  for (const cs of all) {
    const link = base + getPathname({ href: { pathname: '/case-studies/[slug]', params: { slug: cs.slug } }, locale })
    feed.addItem({ id: link, link, title: cs.title[locale], description: cs.summary[locale], date: new Date(cs.updated) })
  }
  return new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
