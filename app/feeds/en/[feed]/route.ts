import { feedResponse } from '@/server/feed-response'

// The English feeds: /feeds/en/practices.xml, forum.xml, forum-<category>.xml, meetings.xml, territory-<region>.xml.
export const dynamic = 'force-dynamic'

export async function GET(_req: Request, ctx: { params: Promise<{ feed: string }> }) {
  return feedResponse((await ctx.params).feed, 'en')
}
