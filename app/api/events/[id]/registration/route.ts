import { getCurrentUser } from '@/server/auth/session'
import { cancelRegistration, register } from '@/server/events/registration'
import { eventRefSchema } from '@/lib/validations/events'
import { env } from '@/server/env'

// JSON endpoint for registrations (the page uses server actions; calendars and scripts use this):
//   POST → { status: "CONFIRMED" | "WAITLISTED" }   DELETE → { cancelled: boolean }
// Authenticated by the session cookie (SameSite=Lax); requests from another origin are refused.

type Ctx = { params: Promise<{ id: string }> }

async function guard(req: Request, ctx: Ctx) {
  const origin = req.headers.get('origin')
  if (origin && origin !== new URL(env().APP_URL).origin && origin !== new URL(req.url).origin) return { error: Response.json({ error: 'forbidden' }, { status: 403 }) }
  const user = await getCurrentUser()
  if (!user) return { error: Response.json({ error: 'unauthenticated' }, { status: 401 }) }
  const parsed = eventRefSchema.safeParse({ eventId: (await ctx.params).id })
  if (!parsed.success) return { error: Response.json({ error: 'notFound' }, { status: 404 }) }
  return { user, eventId: parsed.data.eventId }
}

export async function POST(req: Request, ctx: Ctx) {
  const g = await guard(req, ctx)
  if ('error' in g) return g.error
  const outcome = await register(g.eventId, g.user.id)
  if (outcome === 'notFound') return Response.json({ error: 'notFound' }, { status: 404 })
  if (outcome === 'closed') return Response.json({ error: 'registrationClosed' }, { status: 409 })
  return Response.json({ status: outcome })
}

export async function DELETE(req: Request, ctx: Ctx) {
  const g = await guard(req, ctx)
  if ('error' in g) return g.error
  return Response.json(await cancelRegistration(g.eventId, g.user.id))
}
