import { action } from '@/server/action'
import { preview } from '@/server/forum/commands'
import { previewSchema } from '@/lib/validations/forum'

const run = action('MEMBER', previewSchema, preview)

/**
 * POST (form: body) → the editor's preview, `{ ok, data: { html } }`: the same sanitising renderer as published posts.
 * A read, so a route rather than a server action: it answers whatever page the browser has moved on to.
 */
export async function POST(req: Request) {
  const form = await req.formData().catch(() => new FormData())
  const r = await run(form)
  return Response.json(r, {
    status: r.ok ? 200 : r.formError === 'unauthenticated' ? 401 : 400,
    headers: { 'Cache-Control': 'private, no-store' },
  })
}
