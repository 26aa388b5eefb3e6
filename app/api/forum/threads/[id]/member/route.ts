import { z } from 'zod'
import { getCurrentUser } from '@/server/auth/session'
import { getThreadMemberView } from '@/server/forum/queries'

const query = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  from: z.coerce.number().int().min(1).max(10_000_000).catch(1),
})

/**
 * GET ?from=<n> → the signed-in member's view of one page of a thread (their tools, marks, read position, follows;
 * hidden posts' text for moderators), for the islands of the cached thread page. 401 without a session, 404 for a
 * thread that is gone. Private, never cached.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const headers = { 'Cache-Control': 'private, no-store' }
  const parsed = query.safeParse({ id: (await params).id, from: new URL(req.url).searchParams.get('from') ?? undefined })
  if (!parsed.success) return Response.json({ error: 'invalidInput' }, { status: 400, headers })
  const user = await getCurrentUser()
  if (!user) return Response.json({ error: 'unauthenticated' }, { status: 401, headers })
  const view = await getThreadMemberView(user, parsed.data.id, parsed.data.from)
  if (!view) return Response.json({ error: 'notFound' }, { status: 404, headers })
  return Response.json(view, { headers })
}
