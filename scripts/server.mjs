#!/usr/bin/env node
// The production (or dev) server: Next's request handler behind a plain Node HTTP server that appends the
// socket's peer address to X-Forwarded-For, as a reverse proxy does. The rightmost entry is then always the
// address that really connected, so a client cannot choose its own address for the per-address limits;
// with TRUST_PROXY_HOPS=N (N proxies in front, each appending), lib/client-address.ts skips N entries.
//   node scripts/server.mjs [--dev] [-p PORT] [-H HOST]
import http from 'node:http'
import next from 'next'
import { root } from './lib/config.mjs'

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
  const peer = req.socket.remoteAddress ?? 'unknown'
  req.headers['x-forwarded-for'] = prior ? `${Array.isArray(prior) ? prior.join(', ') : prior}, ${peer}` : peer
  handle(req, res)
})
server.listen(port, hostname, () => console.log(`server: Ready on http://${hostname}:${port}${dev ? ' (dev)' : ''}`))
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)))
