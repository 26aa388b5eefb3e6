import { getCurrentUser } from '@/server/auth/session'
import { followedCategoryIds } from '@/server/forum/queries'

/**
 * GET → `{ ids }`: the forum categories the signed-in member follows, for the follow buttons of the cached forum
 * index (a read: a route, not a server action, so that it answers on whatever page the browser has navigated to).
 */
export async function GET() {
  const headers = { 'Cache-Control': 'private, no-store' }
  const user = await getCurrentUser()
  if (!user) return Response.json({ error: 'unauthenticated' }, { status: 401, headers })
  return Response.json({ ids: [...(await followedCategoryIds(user.id))] }, { headers })
}
