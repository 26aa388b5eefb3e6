#!/usr/bin/env node
// npm run bench:http — requests per second and latency of the public pages over HTTP (autocannon), anonymous and
// signed in, on the production build with the demo database plus one 200-post thread. Prints a table and writes
// .tmp/bench-http.json. Each page's ratio is to a statically generated page (a case study) measured in the same run:
// the server's ceiling on this machine. Needs a build (`npm run build`).
//   node scripts/bench-http.mjs [--connections 20] [--seconds 10] [--smoke]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync, spawn } from 'node:child_process'
import autocannon from 'autocannon'
import { root, freePort } from './lib/config.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const smoke = process.argv.includes('--smoke')
const connections = arg('connections', 20)
const seconds = smoke ? 1 : arg('seconds', 10)

const port = await freePort()
const base = `http://localhost:${port}`
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartesio-bench-http-'))
const env = { ...process.env, PORT: String(port), HOST: 'localhost', DATA_DIR: dataDir, DATABASE_URL: '', APP_URL: base, SMTP_URL: '' }
const server = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => String(d).includes('Ready') && resolve())
  server.on('exit', (c) => reject(new Error(`server exited (${c})`)))
})

try {
  const fixture = JSON.parse(
    execFileSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', '--import', './scripts/lib/server-only-off.mjs', 'scripts/lib/bench-fixture.ts'],
      {
        cwd: root,
        env,
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n')
      .at(-1),
  )
  const cookie = await signIn(fixture.email, fixture.password)
  const pages = [
    ['case study (static: the ceiling)', '/casi-studio/distretto-cartario-lucca'],
    ['home', '/'],
    ['case-study list', '/casi-studio'],
    ['forum index', '/forum'],
    ['200-post thread, first page', `/forum/t/${fixture.threadId}`],
    ['good practices', '/buone-pratiche'],
    ['events', '/eventi'],
    ['territory', '/territori/toscana'],
  ]
  const rows = []
  for (const who of ['anonymous', 'signed in']) {
    for (const [name, url] of pages) {
      const headers = who === 'signed in' ? { cookie } : {}
      const html = await (await fetch(base + url, { headers })).text()
      const r = await autocannon({ url: base + url, connections, duration: seconds, headers })
      rows.push({
        who,
        name,
        url,
        reqPerSec: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        htmlKB: html.length / 1024,
        errors: r.non2xx + r.errors,
      })
    }
  }
  const ceiling = rows.find((r) => r.who === 'anonymous' && r.url.startsWith('/casi-studio/'))?.reqPerSec || 1
  console.log(`\n${connections} connections, ${seconds} s each (autocannon), production build, SQLite demo data + a 200-post thread\n`)
  console.log(
    'who'.padEnd(10),
    'page'.padEnd(34),
    'req/s'.padStart(7),
    'p50 ms'.padStart(7),
    'p99 ms'.padStart(7),
    'HTML kB'.padStart(8),
    '× ceiling'.padStart(9),
  )
  for (const r of rows)
    console.log(
      r.who.padEnd(10),
      r.name.padEnd(34),
      r.reqPerSec.toFixed(0).padStart(7),
      String(r.p50).padStart(7),
      String(r.p99).padStart(7),
      r.htmlKB.toFixed(0).padStart(8),
      (r.reqPerSec / ceiling).toFixed(2).padStart(9),
      r.errors ? ` (${r.errors} errors)` : '',
    )
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true })
  fs.writeFileSync(path.join(root, '.tmp/bench-http.json'), JSON.stringify({ connections, seconds, rows }, null, 2))
  if (rows.some((r) => r.errors)) process.exitCode = 1
} finally {
  server.kill('SIGTERM')
  fs.rmSync(dataDir, { recursive: true, force: true })
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the session cookie. */
async function signIn(email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`)
  const { csrfToken } = await csrf.json()
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0])
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  })
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.includes('session-token'))
  if (!session) throw new Error(`sign-in failed (${res.status})`)
  return session
}
