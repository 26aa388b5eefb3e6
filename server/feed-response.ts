import 'server-only'
import { z } from 'zod'
import { buildFeed } from '@/server/feeds'
import type { Locale } from '@/i18n/routing'

const feedName = z.string().regex(/^[a-z0-9-]{1,90}\.xml$/)

/** An Atom feed by file name, or 404. Feed readers poll: shared caches may keep it five minutes. */
export async function feedResponse(file: string, locale: Locale): Promise<Response> {
  const parsed = feedName.safeParse(file)
  const xml = parsed.success ? await buildFeed(parsed.data.slice(0, -'.xml'.length), locale) : null
  if (!xml) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } })
}
