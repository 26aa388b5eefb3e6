/**
 * The client's address from X-Forwarded-For, counting `trustedHops` reverse proxies from the right
 * (each proxy appends the address it saw). Next.js sets the header to the socket address only when it
 * is absent, so without a proxy in front a client can forge it: per-address limits need a proxy; the
 * per-account limits hold either way.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedHops = 1): string {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (hops.length === 0) return 'unknown'
  const index = Math.max(0, hops.length - Math.max(1, trustedHops))
  return hops[index]!
}
