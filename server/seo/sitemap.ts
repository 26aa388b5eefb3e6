import 'server-only'
import type { MetadataRoute } from 'next'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { localePath, type PathHref } from '@/lib/paths'
import { getAllCaseStudies } from '@/server/content/case-studies'
import { REGIONS } from '@/lib/territory'

// Every public page in both languages, each with its hreflang alternates and, where the data has one, when it last
// changed. Threads: the most recent 20,000 (a sitemap holds 50,000 URLs; two languages each).

const PAGES: PathHref[] = [
  '/',
  '/case-studies',
  '/practices',
  '/events',
  '/forum',
  '/network',
  '/network/members',
  '/network/join',
  '/glossary',
  '/guidelines',
  '/terms',
  '/privacy',
  '/accessibility',
]

function entry(href: PathHref, lastModified?: Date | string): MetadataRoute.Sitemap[number] {
  const base = env().APP_URL
  const it = base + localePath(href, 'it')
  const en = base + localePath(href, 'en')
  return { url: it, lastModified, alternates: { languages: { it, en, 'x-default': it } } }
}

export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const [practices, events, categories, threads, organisations, clusters] = await Promise.all([
    db.practice.findMany({ where: { status: 'PUBLISHED' }, select: { id: true, updatedAt: true }, orderBy: { publishedAt: 'desc' } }),
    db.event.findMany({ select: { id: true, updatedAt: true }, orderBy: { startsAt: 'desc' }, take: 5000 }),
    db.forumCategory.findMany({ select: { slug: true } }),
    db.thread.findMany({
      where: { deletedAt: null },
      select: { id: true, lastPostAt: true },
      orderBy: [{ lastPostAt: 'desc' }, { id: 'desc' }],
      take: 20_000,
    }),
    db.organisation.findMany({ where: { adheredAt: { not: null }, withdrawnAt: null }, select: { slug: true, updatedAt: true } }),
    db.cluster.findMany({ select: { slug: true } }),
  ])
  const both = (href: PathHref, at?: Date | string) => {
    const e = entry(href, at)
    const en = e.alternates!.languages!.en!
    // The English page is listed too, with the same alternates.
    return [e, { ...e, url: en }]
  }
  return [
    ...PAGES.flatMap((p) => both(p)),
    ...getAllCaseStudies().flatMap((c) => both({ pathname: '/case-studies/[slug]', params: { slug: c.slug } }, c.updated)),
    ...practices.flatMap((p) => both({ pathname: '/practices/[id]', params: { id: p.id } }, p.updatedAt)),
    ...events.flatMap((e) => both({ pathname: '/events/[id]', params: { id: e.id } }, e.updatedAt)),
    ...categories.flatMap((c) => both({ pathname: '/forum/c/[slug]', params: { slug: c.slug } })),
    ...threads.flatMap((t) => both({ pathname: '/forum/t/[id]', params: { id: t.id } }, t.lastPostAt)),
    ...organisations.flatMap((o) => both({ pathname: '/network/members/[slug]', params: { slug: o.slug } }, o.updatedAt)),
    ...REGIONS.flatMap((r) => both({ pathname: '/territories/[region]', params: { region: r.id } })),
    ...clusters.flatMap((c) => both({ pathname: '/districts/[slug]', params: { slug: c.slug } })),
  ]
}
