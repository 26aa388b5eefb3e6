/**
 * Where to go after sign-in: only a page of this site (no open redirect). The value is resolved the way the
 * browser will resolve it (the URL parser drops tabs and line breaks, reads "\" as "/"), required to be
 * same-origin, and returned normalised — so the browser goes exactly where it was checked to go.
 */
export function safeCallbackUrl(value: unknown, fallback: string, origin: string): string {
  if (typeof value !== 'string' || value.length > 2048) return fallback
  let url: URL
  try {
    url = new URL(value, origin)
  } catch {
    return fallback
  }
  if (url.origin !== new URL(origin).origin || url.pathname.startsWith('/api/')) return fallback
  return url.pathname + url.search + url.hash
}
