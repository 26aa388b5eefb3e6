import { getCurrentUser } from '@/server/auth/session'
import { myRegistrations } from '@/server/events/queries'

/**
 * GET → `{ registrations: [{ eventId, status, mode, position }] }`: the signed-in member's upcoming registrations,
 * for the "you are registered" / "n-th on the waitlist" marks on the cached calendar (components/my-event-status.tsx).
 * Anonymous: an empty list. Never cached.
 */
export async function GET() {
  const headers = { 'Cache-Control': 'private, no-store' }
  const user = await getCurrentUser()
  if (!user) return Response.json({ registrations: [] }, { headers })
  const rows = await myRegistrations(user.id)
  return Response.json(
    { registrations: rows.map((r) => ({ eventId: r.event.id, status: r.status, mode: r.mode, position: r.position })) },
    { headers },
  )
}
