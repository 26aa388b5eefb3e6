import { action } from '@/server/action'
import { suggestMembers } from '@/server/forum/commands'
import { suggestMembersSchema } from '@/lib/validations/forum'

const run = action('MEMBER', suggestMembersSchema, suggestMembers)

/** GET ?q=<start of a handle> → `{ ok, data: { members } }` for the editor's @-mentions (signed-in members only). */
export async function GET(req: Request) {
  const r = await run({ q: new URL(req.url).searchParams.get('q') ?? '' })
  return Response.json(r, {
    status: r.ok ? 200 : r.formError === 'unauthenticated' ? 401 : 400,
    headers: { 'Cache-Control': 'private, no-store' },
  })
}
