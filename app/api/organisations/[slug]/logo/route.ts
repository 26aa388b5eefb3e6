import { getOrganisationLogo } from '@/server/network/queries'

// GET /api/organisations/<slug>/logo[?v=<version>] — an organisation's logo, as the server re-encoded it (WebP, at most
// 256 px; server/network/logo.ts). Public, like the organisation's page. Pages link it with the version of the logo,
// so a cached copy is never stale; without a logo: 404.
export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return new Response('Not found', { status: 404 })
  const logo = await getOrganisationLogo(slug)
  if (!logo) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(logo.bytes), {
    headers: {
      'Content-Type': 'image/webp',
      'Cache-Control': 'public, max-age=86400',
      'Last-Modified': logo.updatedAt.toUTCString(),
      'Content-Security-Policy': "default-src 'none'",
    },
  })
}
