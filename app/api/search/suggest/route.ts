import { action } from '@/server/action'
import { searchSuggestions } from '@/server/search/suggest'
import { suggestSchema } from '@/lib/validations/search'

const run = action('public', suggestSchema, searchSuggestions)

/**
 * GET ?q=<what is typed>&locale=it|en → `{ ok, data: { suggestions } }` for the header's search box. Public content
 * only, the same for everyone: shared caches may keep it a minute.
 */
export async function GET(req: Request) {
  const sp = new URL(req.url).searchParams
  const r = await run({ q: sp.get('q') ?? '', locale: sp.get('locale') ?? 'it' })
  return Response.json(r, {
    status: r.ok ? 200 : 400,
    headers: { 'Cache-Control': r.ok ? 'public, max-age=60' : 'no-store' },
  })
}
