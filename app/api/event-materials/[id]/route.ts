import { getMaterialFile } from '@/server/events/queries'
import { readMaterialFile } from '@/server/events/materials'

// GET /api/event-materials/<id> — an uploaded minute or material. Materials are public, like the event page;
// always served as a download with the type decided at upload and nosniff, never rendered inline.
export const dynamic = 'force-dynamic'

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params
  if (!/^[a-z0-9]{10,40}$/.test(id)) return new Response('Not found', { status: 404 })
  const m = await getMaterialFile(id)
  if (!m?.fileName || !m.mimeType) return new Response('Not found', { status: 404 })
  const bytes = await readMaterialFile(id)
  if (!bytes) return new Response('Not found', { status: 404 })
  const ascii = m.fileName.replace(/[^\x20-\x7e]/g, '_')
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': m.mimeType,
      'Content-Length': String(bytes.length),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(m.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // Not kept by shared caches: a material the organiser removes must stop being served at once.
      'Cache-Control': 'private, no-cache',
    },
  })
}
