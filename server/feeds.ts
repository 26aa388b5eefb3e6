import 'server-only'
import { Feed } from 'feed'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { feedPath, localePath, type PathHref } from '@/lib/paths'
import { markdownToText } from '@/lib/search/plain-text'
import { REGION_IDS, regionName } from '@/lib/territory'
import { localised } from '@/lib/localised'
import type { Locale } from '@/i18n/routing'

// Atom feeds (issue 16): good practices, the forum (all, or one category), meetings, and everything about one
// region. Each lists the newest 50 entries, read when asked: a newly published practice is in the feed at once.

const LIMIT = 50
type Item = { href: PathHref; title: string; text: string; date: Date; author?: string }

const L = {
  practices: { it: 'Buone pratiche', en: 'Good practices' },
  forum: { it: 'Forum', en: 'Forum' },
  meetings: { it: 'Incontri della rete', en: 'Network meetings' },
  territory: { it: 'Notizie dal territorio', en: 'News from the territory' },
} as const

const excerpt = (md: string) => {
  const t = markdownToText(md)
  return t.length > 400 ? `${t.slice(0, 400).replace(/\s+\S*$/, '')} …` : t
}

export async function buildFeed(name: string, locale: Locale): Promise<string | null> {
  const base = env().APP_URL
  let title: string
  let page: PathHref
  let items: Item[]
  if (name === 'practices') {
    title = L.practices[locale]
    page = '/practices'
    const rows = await db.practice.findMany({
      where: { status: 'PUBLISHED', publishedAt: { not: null } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: LIMIT,
      select: { id: true, title: true, summary: true, publishedAt: true, author: { select: { name: true } } },
    })
    items = rows.map((r) => ({
      href: { pathname: '/practices/[id]', params: { id: r.id } },
      title: r.title,
      text: excerpt(r.summary),
      date: r.publishedAt!,
      author: r.author.name,
    }))
  } else if (name === 'meetings') {
    title = L.meetings[locale]
    page = '/events'
    const rows = await db.event.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LIMIT,
      select: { id: true, title: true, description: true, startsAt: true, createdAt: true, status: true, city: true },
    })
    const when = (d: Date) =>
      new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: 'Europe/Rome',
      }).format(d)
    items = rows.map((r) => ({
      href: { pathname: '/events/[id]', params: { id: r.id } },
      title: `${r.status === 'CANCELLED' ? (locale === 'it' ? '[Annullato] ' : '[Cancelled] ') : ''}${r.title}`,
      text: `${when(r.startsAt)}${r.city ? ` — ${r.city}` : ''}. ${excerpt(r.description)}`,
      date: r.createdAt,
    }))
  } else if (name === 'forum' || name.startsWith('forum-')) {
    let categoryId: string | undefined
    title = L.forum[locale]
    page = '/forum'
    if (name !== 'forum') {
      const c = await db.forumCategory.findUnique({
        where: { slug: name.slice('forum-'.length) },
        select: { id: true, slug: true, nameIt: true, nameEn: true },
      })
      if (!c) return null
      categoryId = c.id
      title = `${L.forum[locale]} — ${localised(c, 'name', locale)}`
      page = { pathname: '/forum/c/[slug]', params: { slug: c.slug } }
    }
    const rows = await db.thread.findMany({
      where: { deletedAt: null, ...(categoryId ? { categoryId } : {}) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LIMIT,
      select: {
        id: true,
        title: true,
        createdAt: true,
        author: { select: { name: true } },
        posts: { where: { number: 1, hiddenAt: null, deletedAt: null }, select: { body: true } },
      },
    })
    items = rows.map((r) => ({
      href: { pathname: '/forum/t/[id]', params: { id: r.id } },
      title: r.title,
      text: excerpt(r.posts[0]?.body ?? ''),
      date: r.createdAt,
      author: r.author.name,
    }))
  } else if (name.startsWith('territory-')) {
    const regionId = name.slice('territory-'.length)
    if (!(REGION_IDS as readonly string[]).includes(regionId)) return null
    title = `${L.territory[locale]}: ${regionName(regionId, locale)}`
    page = { pathname: '/territories/[region]', params: { region: regionId } }
    const inRegion = { OR: [{ regionId }, { cluster: { regionId } }] }
    const clusterIds = (await db.cluster.findMany({ where: { regionId }, select: { id: true } })).map((c) => c.id)
    const [practices, events, threads] = await Promise.all([
      db.practice.findMany({
        where: { status: 'PUBLISHED', publishedAt: { not: null }, ...inRegion },
        orderBy: { publishedAt: 'desc' },
        take: LIMIT,
        select: { id: true, title: true, summary: true, publishedAt: true },
      }),
      db.event.findMany({
        where: inRegion,
        orderBy: { createdAt: 'desc' },
        take: LIMIT,
        select: { id: true, title: true, description: true, createdAt: true },
      }),
      db.thread.findMany({
        where: { deletedAt: null, clusterId: { in: clusterIds } },
        orderBy: { createdAt: 'desc' },
        take: LIMIT,
        select: { id: true, title: true, createdAt: true },
      }),
    ])
    items = [
      ...practices.map(
        (r) =>
          ({
            href: { pathname: '/practices/[id]', params: { id: r.id } },
            title: r.title,
            text: excerpt(r.summary),
            date: r.publishedAt!,
          }) as Item,
      ),
      ...events.map(
        (r) =>
          ({
            href: { pathname: '/events/[id]', params: { id: r.id } },
            title: r.title,
            text: excerpt(r.description),
            date: r.createdAt,
          }) as Item,
      ),
      ...threads.map(
        (r) => ({ href: { pathname: '/forum/t/[id]', params: { id: r.id } }, title: r.title, text: '', date: r.createdAt }) as Item,
      ),
    ]
      .sort((a, b) => b.date.getTime() - a.date.getTime())
      .slice(0, LIMIT)
  } else return null

  const pageUrl = base + localePath(page, locale)
  const self = base + feedPath(name, locale)
  const feed = new Feed({
    id: self,
    link: pageUrl,
    title: `Cartesio — ${title}`,
    language: locale,
    copyright: 'Rete Cartesio',
    updated: items[0]?.date ?? new Date(0),
    feedLinks: { atom: self },
  })
  for (const i of items) {
    const link = base + localePath(i.href, locale)
    feed.addItem({ id: link, link, title: i.title, description: i.text, date: i.date, author: i.author ? [{ name: i.author }] : undefined })
  }
  return feed.atom1()
}
