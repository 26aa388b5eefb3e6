import { createTranslator } from 'use-intl/core'
import it from '@/messages/it.json'
import { buildCalendar } from '@/lib/ical'
import { calendarFeedOwner, privateFeedEvents } from '@/server/events/calendar-feed'
import { getPathname } from '@/i18n/navigation'
import { env } from '@/server/env'

// /feeds/private/<user id>.<secret>.ics — a member's own calendar (server/events/calendar-feed.ts): no session, the
// URL is the key. Unknown, forged or revoked: 404. Never cached by anyone in between.
export const dynamic = 'force-dynamic'

const eventUrl = (id: string) => env().APP_URL + getPathname({ href: { pathname: '/events/[id]', params: { id } }, locale: 'it' })

export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const owner = await calendarFeedOwner((await ctx.params).file)
  if (!owner) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } })
  const t = createTranslator({ locale: 'it', messages: it, namespace: 'myArea' })
  const events = await privateFeedEvents(owner.id, t('calendar.waitlistTag'))
  return new Response(buildCalendar(t('calendar.feedName', { name: owner.name }), events, eventUrl), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="cartesio-personale.ics"',
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  })
}
