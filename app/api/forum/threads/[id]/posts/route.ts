import { z } from 'zod'
import { createFormatter, createTranslator } from 'use-intl/core'
import it from '@/messages/it.json'
import en from '@/messages/en.json'
import { NETWORK_TZ } from '@/lib/dates'
import { routing } from '@/i18n/routing'
import { getThreadPage } from '@/server/forum/queries'
import { postStatic } from '@/server/forum/post-static'
import { organisationBadges } from '@/server/network/queries'

const query = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  from: z.coerce.number().int().min(1).max(10_000_000).catch(1),
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
})

/**
 * GET ?from=<n>&locale=<it|en> → `{ [postId]: { v, html } }`: the posts of one page of a thread as the page shows
 * them to everyone (header and text; hidden posts without their text), for a browser that reached the page without
 * its HTML (client navigation, a reply just posted, an edit). Public, like the thread page.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const sp = new URL(req.url).searchParams
  const parsed = query.safeParse({ id: (await params).id, from: sp.get('from') ?? undefined, locale: sp.get('locale') ?? undefined })
  const headers = { 'Cache-Control': 'no-store' }
  if (!parsed.success) return Response.json({ error: 'invalidInput' }, { status: 400, headers })
  const { id, from, locale } = parsed.data
  const page = await getThreadPage(id, { from, moderator: false })
  if (!page) return Response.json({ error: 'notFound' }, { status: 404, headers })
  // The same words and dates as the page (i18n/request.ts: the network's time zone).
  const t = createTranslator({ locale, messages: locale === 'en' ? en : it, namespace: 'forum' })
  const format = createFormatter({ locale, timeZone: NETWORK_TZ })
  const badges = await organisationBadges(page.posts.map((p) => p.authorId))
  const ctx = { locale, threadId: id, from: from > 1 ? from : undefined, t, format, badges }
  return Response.json(Object.fromEntries(page.posts.map((p) => [p.id, postStatic(p, ctx)])), { headers })
}
