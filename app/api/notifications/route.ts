import { getCurrentUser } from '@/server/auth/session'
import { unreadNotificationCount } from '@/server/notifications/queries'

/** GET → { unread } for the signed-in member (the header's badge); 401 otherwise. */
export async function GET() {
  const user = await getCurrentUser()
  if (!user) return Response.json({ error: 'unauthenticated' }, { status: 401 })
  return Response.json({ unread: await unreadNotificationCount(user.id) }, { headers: { 'Cache-Control': 'private, no-store' } })
}
