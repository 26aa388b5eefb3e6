/**
 * The client's address from X-Forwarded-For. scripts/server.mjs appends the socket's peer address to the header
 * (as each reverse proxy appends the address it saw), so the rightmost entry is always who connected: with
 * `trustedHops` proxies in front (TRUST_PROXY_HOPS, default 0) the client is that many entries further left.
 * Entries a client wrote itself sit further left still and are never used.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedHops = 0): string {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (hops.length === 0) return 'unknown'
  return hops[Math.max(0, hops.length - 1 - trustedHops)]!
}
