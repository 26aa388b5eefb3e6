/**
 * Hands a piece of server-made HTML from the React Server Components render to the server-side render of a client
 * component in the same process, without putting it in the page's RSC payload (issue 15: a thread page carried each
 * post's HTML twice — once as HTML, once inside the payload the browser hydrates from). Keyed by a hash of the HTML
 * itself; bounded, oldest first out. On the browser the HTML is read back from the page (components/…/post-static).
 */
type Relay = Map<string, string>
const MAX = 5000

function relay(): Relay {
  const g = globalThis as { __cartesioHtmlRelay?: Relay }
  return (g.__cartesioHtmlRelay ??= new Map())
}

export function relayHtml(key: string, html: string) {
  const r = relay()
  r.delete(key)
  r.set(key, html)
  if (r.size > MAX) r.delete(r.keys().next().value!)
}

export function relayedHtml(key: string): string | undefined {
  return relay().get(key)
}
