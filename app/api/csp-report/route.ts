// POST /api/csp-report — browsers report Content-Security-Policy violations here (report-uri). Logged as one
// line each for whoever runs the server; nothing is stored. Bodies over 16 kB are refused.
export const dynamic = 'force-dynamic'

const MAX = 16_384

export async function POST(req: Request) {
  const text = await req.text().catch(() => '')
  if (text.length > MAX) return new Response(null, { status: 413 })
  let report: unknown = null
  try {
    report = JSON.parse(text)
  } catch {
    return new Response(null, { status: 400 })
  }
  const r = ((report as Record<string, unknown> | null)?.['csp-report'] ?? report) as Record<string, unknown> | null
  console.warn('[csp]', JSON.stringify({ page: r?.['document-uri'], blocked: r?.['blocked-uri'], directive: r?.['violated-directive'] }))
  return new Response(null, { status: 204 })
}
