// Content-Security-Policy for Cartesio. Pages get a policy with the SHA-256 hash of each of their inline scripts
// (Next's App Router streams its payload in inline <script>s; hashes keep statically generated and cached pages
// cacheable, where nonces would make every page dynamic). Everything else gets a policy that allows nothing.
import crypto from 'node:crypto'

export const REPORT_PATH = '/api/csp-report'

const common = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", `report-uri ${REPORT_PATH}`]

/** Inline <script> bodies of an HTML document (those with a src are loaded from 'self'). */
export function inlineScripts(html) {
  const out = []
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
  for (let m; (m = re.exec(html));) if (!/\bsrc\s*=/i.test(m[1])) out.push(m[2])
  return out
}

/** The policy for one HTML document: its own inline scripts by hash, scripts from this origin, no eval. */
export function pagePolicy(html, { dev = false } = {}) {
  const hashes = [...new Set(inlineScripts(html).map((s) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`))]
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}${dev ? " 'unsafe-eval'" : ''}`.trim(),
    // Inline style attributes (React's style={…}) only; no inline <script>.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    ...common,
  ].join('; ')
}

/** For feeds, API answers, downloads: nothing may run or be embedded. */
export const resourcePolicy = ["default-src 'none'", "style-src 'unsafe-inline'", ...common].join('; ')
