import { getCurrentUser } from '@/server/auth/session'
import { exportUserData } from '@/server/accounts/privacy'

// GET /api/account/export — the signed-in member's own data as a JSON download. Nobody else's, ever.
export const dynamic = 'force-dynamic'

export async function GET() {
  const user = await getCurrentUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  const data = await exportUserData(user.id)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="cartesio-dati-${new Date().toISOString().slice(0, 10)}.json"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
