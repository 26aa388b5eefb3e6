#!/usr/bin/env node
// The production (or dev) server: Next's request handler behind a plain Node HTTP server that appends the
// socket's peer address to X-Forwarded-For, as a reverse proxy does. The rightmost entry is then always the
// address that really connected, so a client cannot choose its own address for the per-address limits;
// with TRUST_PROXY_HOPS=N (N proxies in front, each appending), lib/client-address.ts skips N entries.
// It also sets the Content-Security-Policy of every response (scripts/lib/csp.mjs): an HTML page is held until
// complete, its inline scripts hashed into the policy, then sent (gzip-compressed here when the browser accepts it).
//   node scripts/server.mjs [--dev] [-p PORT] [-H HOST]
import http from 'node:http'
import zlib from 'node:zlib'
import next from 'next'
import { root } from './lib/config.mjs'
import { pagePolicy, resourcePolicy } from './lib/csp.mjs'

const argv = process.argv.slice(2)
const opt = (flag, fallback) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : fallback)
const dev = argv.includes('--dev')
const port = Number(opt('-p', process.env.PORT || '3000'))
const hostname = opt('-H', process.env.HOST || '0.0.0.0')
const trustedHops = Number(process.env.TRUST_PROXY_HOPS || 0)

const app = next({ dev, dir: root, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

let warned = false
const server = http.createServer((req, res) => {
  const prior = req.headers['x-forwarded-for']
  if (prior && trustedHops === 0 && !warned) {
    warned = true
    console.warn(
      'server: requests carry X-Forwarded-For but TRUST_PROXY_HOPS is 0, so it is not trusted. If a reverse proxy is in front, set TRUST_PROXY_HOPS to the number of proxies.',
    )
  }
  const refused = malformed(req)
  if (refused) {
    res.writeHead(refused, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': resourcePolicy,
      'X-Content-Type-Options': 'nosniff',
    })
    res.end(`${refused} ${http.STATUS_CODES[refused]}\n`)
    return
  }
  const peer = req.socket.remoteAddress ?? 'unknown'
  req.headers['x-forwarded-for'] = prior ? `${Array.isArray(prior) ? prior.join(', ') : prior}, ${peer}` : peer
  withContentSecurityPolicy(req, res)
  handle(req, res)
})

/** The largest request body the app takes (event materials: files up to 8 MB, next.config.mjs). */
const MAX_BODY = 9 * 1024 * 1024

/**
 * Requests refused before the app sees them, with the 4xx that says why (issue 12): a path that is not valid
 * percent-encoding (400), a server-action call from another origin (403) or with a body over the limit (413).
 */
function malformed(req) {
  const path = (req.url ?? '/').split('?')[0]
  try {
    decodeURIComponent(path)
  } catch {
    return 400
  }
  if (!req.headers['next-action']) return 0
  const origin = req.headers.origin
  if (origin) {
    let host = ''
    try {
      host = new URL(origin).host
    } catch {
      return 403
    }
    const forwardedHost = String(req.headers['x-forwarded-host'] ?? '')
      .split(',')[0]
      .trim()
    if (host !== req.headers.host && host !== forwardedHost) return 403
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return 413
  return 0
}

/**
 * Wraps the response: the policy header is decided when the headers go out. HTML is buffered (Next's own
 * compression is asked not to apply to document requests, so the buffer holds the text) and sent with a policy
 * listing its inline scripts' hashes; any other response streams through with the resource policy.
 */
function withContentSecurityPolicy(req, res) {
  // Our server actions never throw (server/action.ts turns every error into a form error), so a 5xx answer to a
  // server-action request is the framework refusing a malformed body (bad JSON, too deep, a NUL in a file name).
  const isAction = Boolean(req.headers['next-action'])
  const statusFor = (code) => (isAction && code >= 500 ? 400 : code)
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  const document = /text\/html/.test(String(req.headers.accept ?? ''))
  if (document) delete req.headers['accept-encoding']
  const writeHead = res.writeHead.bind(res)
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  let html // undefined: not decided; null: streaming; Buffer[]: holding an HTML page
  let status // the code given to writeHead, if it was called
  const decide = () => {
    if (html !== undefined) return
    if (/^text\/html/.test(String(res.getHeader('content-type') ?? ''))) html = []
    else {
      html = null
      // A 304 (a cached page the browser still has) carries no policy: the browser would put it in place of the
      // stored page's own, which lists that page's scripts — and a resource policy there blocks them all.
      if ((status ?? res.statusCode) === 304) res.removeHeader('Content-Security-Policy')
      // A route that sets its own (stricter) policy keeps it: material downloads add `sandbox`.
      else if (!res.getHeader('content-security-policy')) res.setHeader('Content-Security-Policy', resourcePolicy)
    }
  }
  res.writeHead = (code, reason, headers) => {
    const h = typeof reason === 'string' ? headers : reason
    if (Array.isArray(h)) for (let i = 0; i < h.length; i += 2) res.setHeader(h[i], h[i + 1])
    else if (h) for (const [k, v] of Object.entries(h)) if (v !== undefined) res.setHeader(k, v)
    status = statusFor(code)
    decide()
    if (html === null) return writeHead(status)
    return res
  }
  const flushHeaders = res.flushHeaders.bind(res)
  res.flushHeaders = () => {
    decide()
    if (html === null) flushHeaders()
  }
  res.write = (chunk, encoding, cb) => {
    decide()
    if (html === null) return write(chunk, encoding, cb)
    if (chunk != null) html.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
    if (typeof encoding === 'function') encoding()
    else if (typeof cb === 'function') cb()
    return true
  }
  res.end = (chunk, encoding, cb) => {
    decide()
    if (html === null) return end(chunk, encoding, cb)
    if (chunk != null && typeof chunk !== 'function')
      html.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
    let body = Buffer.concat(html)
    // A 304 has no body to hash: it must not replace the stored page's policy (which lists that page's scripts).
    if ((status ?? res.statusCode) !== 304) res.setHeader('Content-Security-Policy', pagePolicy(body.toString('utf8'), { dev }))
    res.removeHeader('Transfer-Encoding')
    if (acceptsGzip && body.length > 1024 && !res.getHeader('content-encoding')) {
      body = zlib.gzipSync(body)
      res.setHeader('Content-Encoding', 'gzip')
      res.setHeader('Vary', 'Accept-Encoding')
    }
    res.setHeader('Content-Length', body.length)
    writeHead(status ?? statusFor(res.statusCode))
    const done = [chunk, encoding, cb].find((f) => typeof f === 'function')
    return end(req.method === 'HEAD' ? undefined : body, done)
  }
}
server.listen(port, hostname, () => console.log(`server: Ready on http://${hostname}:${port}${dev ? ' (dev)' : ''}`))
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)))
