import { action } from '@/server/action'
import { cancelEventRegistration, registerForEvent } from '@/server/events/commands'
import { env } from '@/server/env'
import { eventRefSchema, registrationSchema } from '@/lib/validations/events'
import type { ActionResult, ErrorCode } from '@/lib/form'

// JSON endpoint for registrations (the page uses server actions; calendars and scripts use this):
//   POST [{ "mode": "IN_PERSON" | "ONLINE" }] → { status: "CONFIRMED" | "WAITLISTED" }   DELETE → { cancelled: boolean }
// (POST with the other mode switches a registration; 409 modeFull when a confirmed seat cannot move.)
// Authenticated by the session cookie (SameSite=Lax); requests from another origin are refused.
// The same commands as the page's actions, through the same action() checks.

type Ctx = { params: Promise<{ id: string }> }

const register = action('MEMBER', registrationSchema, registerForEvent)
const cancel = action('MEMBER', eventRefSchema, cancelEventRegistration)

const STATUS: Partial<Record<ErrorCode, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  registrationClosed: 409,
  modeFull: 409,
  modeUnavailable: 400,
  unexpected: 500,
}

function sameOrigin(req: Request) {
  const origin = req.headers.get('origin')
  return !origin || origin === new URL(env().APP_URL).origin || origin === new URL(req.url).origin
}

async function respond<T>(req: Request, ctx: Ctx, run: (input: Record<string, unknown>) => Promise<ActionResult<T>>) {
  if (!sameOrigin(req)) return Response.json({ error: 'forbidden' }, { status: 403 })
  // An optional JSON body ({ "mode": … }); anything else is no body.
  const body: unknown = req.method === 'POST' ? await req.json().catch(() => null) : null
  const mode = body && typeof body === 'object' && 'mode' in body ? (body as { mode: unknown }).mode : undefined
  const r = await run({ eventId: (await ctx.params).id, ...(mode === undefined ? {} : { mode }) })
  if (r.ok) return Response.json(r.data)
  // A malformed id is a record that does not exist.
  const error = r.formError ?? (r.fieldErrors.mode ? 'modeUnavailable' : 'notFound')
  return Response.json({ error }, { status: STATUS[error] ?? 400 })
}

export const POST = (req: Request, ctx: Ctx) => respond(req, ctx, register)
export const DELETE = (req: Request, ctx: Ctx) => respond(req, ctx, cancel)
