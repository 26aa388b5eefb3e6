import { z } from 'zod'
import { ogImage, OG_KINDS } from '@/server/og'

// /og/<it|en>/<case-study|practice|meeting|thread>/<id>: a page's preview image (PNG, 1200×630), public content only.
export const dynamic = 'force-dynamic'

const params = z.object({ locale: z.enum(['it', 'en']), kind: z.enum(OG_KINDS), id: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/) })

export async function GET(_req: Request, ctx: { params: Promise<{ locale: string; kind: string; id: string }> }) {
  const p = params.safeParse(await ctx.params)
  const res = p.success ? await ogImage(p.data.kind, p.data.id, p.data.locale) : null
  return res ?? new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
