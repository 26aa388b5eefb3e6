#!/usr/bin/env node
// npm run bench — the benchmark suite (issue 15). Prints tables and writes .tmp/bench.json; figures, not a test.
//  1. builds (unless --no-build), then fills a separate throwaway database with a progress bar: first a small forum
//     (10,000 posts), then the full size (5,000 members, 300 organisations, 20,000 threads, 500,000 posts, 2,000
//     meetings, 5,000 practices);
//  2. at each size starts the production server and measures with autocannon, anonymous and signed in, at 1 and 20
//     connections, every public page's requests per second and latency, and its ratio to the same server's static
//     ceiling (a statically generated case study) in the same run; the forum's data layer is timed at both sizes;
//  3. fires simultaneous registrations for a meeting with a quarter as many seats, and checks the seats held;
//  4. measures each page's first-load JavaScript (gzip) and HTML.
// BENCH_DATABASE_URL=postgresql://… (an empty database) runs it on PostgreSQL instead of a SQLite file.
//   node scripts/bench.mjs [--no-build] [--seconds 10] [--smoke]
// --smoke: tiny data and a few requests per page, so that `npm test` keeps this script working (seconds, no figures).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { execFileSync, spawn } from 'node:child_process'
import autocannon from 'autocannon'
import { root, freePort } from './lib/config.mjs'

const argv = process.argv.slice(2)
const smoke = argv.includes('--smoke')
const seconds = Number(argv[argv.indexOf('--seconds') + 1] || 0) || 10
const SIZES = smoke
  ? {
      small: { members: 40, organisations: 10, threads: 20, posts: 400, meetings: 20, practices: 20, burst: 20 },
      large: { members: 60, organisations: 20, threads: 40, posts: 1000, meetings: 40, practices: 40, burst: 20 },
    }
  : {
      small: { members: 5000, organisations: 300, threads: 400, posts: 10_000, meetings: 2000, practices: 5000, burst: 200 },
      large: { members: 5000, organisations: 300, threads: 20_000, posts: 500_000, meetings: 2000, practices: 5000, burst: 200 },
    }
const CONNECTIONS = smoke ? [1, 2] : [1, 20]
const run = (opts) => (smoke ? { amount: 6 * opts.connections } : { duration: seconds })

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartesio-bench-'))
const databaseUrl = process.env.BENCH_DATABASE_URL || `file:${path.join(dataDir, 'bench.sqlite')}`
const dbKind = databaseUrl.startsWith('file:') ? 'SQLite' : 'PostgreSQL'
const port = await freePort()
const base = `http://localhost:${port}`
// PostgreSQL asks for a shared AUTH_SECRET (instances must agree); the benchmark's own is as good as any.
const env = {
  ...process.env,
  PORT: String(port),
  HOST: 'localhost',
  DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  APP_URL: base,
  SMTP_URL: '',
  AUTH_SECRET: process.env.AUTH_SECRET || 'benchmark-only-secret-'.padEnd(48, 'x'),
}
const tsx = (file, ...args) =>
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--import', './scripts/lib/server-only-off.mjs', file, ...args], {
    cwd: root,
    env: { ...env, NEXT_CACHE_OFF: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  })

if (!argv.includes('--no-build')) {
  console.log('bench: building…')
  execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
}
if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) throw new Error('no build: run without --no-build')

let server = null
async function startServer() {
  // start.mjs migrates and loads the demo data the first time, then serves the build.
  server = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => String(d).includes('Ready') && resolve())
    server.on('exit', (c) => reject(new Error(`server exited (${c})`)))
  })
}
async function stopServer() {
  if (!server) return
  const s = server
  server = null
  await new Promise((resolve) => {
    s.removeAllListeners('exit')
    s.on('exit', resolve)
    s.kill('SIGTERM')
  })
}
process.on('exit', () => server?.kill('SIGTERM'))

/** Migrates the throwaway database and loads the demo data (regions, districts, categories), as `npm start` does. */
function prepare() {
  execFileSync(process.execPath, ['scripts/db.mjs', 'deploy'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/seed.ts', '--json'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

async function seed(label, sizes) {
  console.log(`\nbench: ${label} — filling the ${dbKind} database…`)
  const out = JSON.parse(tsx('scripts/lib/bench-seed.ts', JSON.stringify(sizes)).trim().split('\n').at(-1))
  const c = out.counts
  console.log(
    `bench: ${c.members} members, ${c.organisations} organisations, ${c.threads} threads, ${c.posts} posts, ${c.meetings} meetings, ${c.practices} practices (filled in ${out.seconds.toFixed(0)} s)`,
  )
  return out
}

/** Requests per second and latency of one page; its HTML is fetched once first (and warms the page cache). */
async function measure(url, headers, connections) {
  const first = await fetch(base + url, { headers })
  const html = await first.text()
  await fetch(base + url, { headers }).then((r) => r.arrayBuffer())
  const r = await autocannon({ url: base + url, connections, headers, ...run({ connections }) })
  return {
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    htmlKB: html.length / 1024,
    cache: first.headers.get('x-nextjs-cache') ? 'page cache' : 'per request',
    errors: r.non2xx + r.errors + (first.ok ? 0 : 1),
  }
}

function pages(f) {
  return [
    ['case study (static: the ceiling)', '/casi-studio/distretto-cartario-lucca'],
    ['home', '/'],
    ['case-study list', '/casi-studio'],
    ['good practices', '/buone-pratiche'],
    ['a good practice', `/buone-pratiche/${f.practiceId}`],
    ['forum index', '/forum'],
    ['big category (thread list)', `/forum/c/${f.categorySlug}`],
    ['200-post thread, first page', `/forum/t/${f.threadId}`],
    ['events, month', '/eventi?view=month'],
    ['territory', '/territori/toscana'],
    ['search', `/cerca?q=${f.searchWord}`],
  ]
}
const FORUM_TRIO = ['big category (thread list)', '200-post thread, first page', 'search']

const results = { database: dbKind, smoke, seconds, connections: CONNECTIONS, stages: {} }
const pad = (s, n) => String(s).padStart(n)

try {
  prepare()
  // Stage 1: the small forum — the trio only, to compare with the full size.
  const small = await seed('10,000 posts', SIZES.small)
  await startServer()
  const smallRows = []
  for (const [name, url] of pages(small).filter(([n]) => FORUM_TRIO.includes(n)))
    for (const who of ['anonymous', 'signed in'])
      smallRows.push({ name, who, url, connections: 1, ...(await measure(url, who === 'signed in' ? { cookie: small.member } : {}, 1)) })
  await stopServer()
  results.stages.small = { counts: small.counts, dataLayer: small.dataLayer, rows: smallRows }

  // Stage 2: the full size — every page.
  const large = await seed('full size', SIZES.large)
  await startServer()
  const rows = []
  for (const connections of CONNECTIONS)
    for (const who of ['anonymous', 'signed in'])
      for (const [name, url] of pages(large))
        rows.push({
          name,
          who,
          url,
          connections,
          ...(await measure(url, who === 'signed in' ? { cookie: large.member } : {}, connections)),
        })

  // Simultaneous registrations for a quarter as many seats.
  const b = large.burst
  const t0 = performance.now()
  const answers = await Promise.all(
    b.cookies.map((cookie) =>
      fetch(`${base}/api/events/${b.eventId}/registration`, { method: 'POST', headers: { cookie } }).then((r) => r.json()),
    ),
  )
  const burst = {
    registrations: b.cookies.length,
    seats: b.capacity,
    ms: performance.now() - t0,
    confirmed: answers.filter((a) => a.status === 'CONFIRMED').length,
    waitlisted: answers.filter((a) => a.status === 'WAITLISTED').length,
  }

  // First-load JavaScript (gzip level 9 of each <script src>, noModule polyfills excluded) and HTML, per page.
  const weights = []
  for (const [name, url] of pages(large)) {
    const html = await (await fetch(base + url)).text()
    const srcs = [
      ...new Set(
        [...html.matchAll(/<script([^>]*)>/g)]
          .filter((m) => !/nomodule/i.test(m[1]))
          .map((m) => /src="([^"]+)"/.exec(m[1])?.[1])
          .filter(Boolean),
      ),
    ]
    let gz = 0
    for (const src of srcs) gz += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).length
    weights.push({ name, url, jsGzipKB: gz / 1024, htmlKB: html.length / 1024, htmlGzipKB: zlib.gzipSync(html).length / 1024 })
  }
  await stopServer()
  results.stages.large = { counts: large.counts, dataLayer: large.dataLayer, rows, burst, weights }

  // Tables.
  const c = large.counts
  console.log(
    `\n${dbKind}, production build; ${c.members} members, ${c.threads} threads, ${c.posts} posts, ${c.meetings} meetings, ${c.practices} practices; autocannon ${smoke ? 'smoke' : `${seconds} s`} per row\n`,
  )
  for (const connections of CONNECTIONS) {
    const ceiling = rows.find((r) => r.connections === connections && r.who === 'anonymous' && r.name.startsWith('case study'))
    console.log(
      `${connections} connection${connections > 1 ? 's' : ''} — ratio to the static ceiling (${ceiling.reqPerSec.toFixed(0)} req/s)`,
    )
    console.log('who'.padEnd(10), 'page'.padEnd(30), pad('req/s', 7), pad('p50 ms', 7), pad('p99 ms', 7), pad('× ceil', 7), ' served from')
    for (const r of rows.filter((r) => r.connections === connections))
      console.log(
        r.who.padEnd(10),
        r.name.padEnd(30),
        pad(r.reqPerSec.toFixed(0), 7),
        pad(r.p50, 7),
        pad(r.p99, 7),
        pad((r.reqPerSec / ceiling.reqPerSec).toFixed(2), 7),
        ` ${r.cache}${r.errors ? ` (${r.errors} errors)` : ''}`,
      )
    console.log()
  }
  console.log(
    `the forum at ${small.counts.posts} vs ${large.counts.posts} posts (1 connection, median latency; data layer: median of 20 calls)`,
  )
  for (const r of smallRows) {
    const l = rows.find((x) => x.connections === 1 && x.who === r.who && x.name === r.name)
    console.log(
      `  ${r.who.padEnd(10)} ${r.name.padEnd(30)} ${pad(r.p50, 5)} ms → ${pad(l.p50, 5)} ms  (${(l.p50 / Math.max(1, r.p50)).toFixed(2)}×, ${l.cache})`,
    )
  }
  for (const [k, v] of Object.entries(small.dataLayer))
    console.log(
      `  data layer ${k.padEnd(44)} ${v.toFixed(2).padStart(7)} ms → ${large.dataLayer[k].toFixed(2).padStart(7)} ms  (${(large.dataLayer[k] / v).toFixed(2)}×)`,
    )
  console.log(
    `\n${burst.registrations} simultaneous registrations for ${burst.seats} seats: answered in ${burst.ms.toFixed(0)} ms; ${burst.confirmed} confirmed, ${burst.waitlisted} waitlisted`,
  )
  console.log('\nfirst-load JavaScript (gzip) and HTML per page')
  for (const w of weights)
    console.log(
      `  ${w.name.padEnd(34)} JS ${w.jsGzipKB.toFixed(1).padStart(6)} kB   HTML ${w.htmlKB.toFixed(0).padStart(4)} kB (${w.htmlGzipKB.toFixed(0)} kB gzip)`,
    )

  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true })
  fs.writeFileSync(path.join(root, '.tmp/bench.json'), JSON.stringify(results, null, 2))
  console.log('\nbench: written .tmp/bench.json')
  const errors = rows.reduce((n, r) => n + r.errors, 0)
  if (errors || burst.confirmed !== burst.seats || burst.confirmed + burst.waitlisted !== burst.registrations) {
    console.error(`bench: ${errors} failed requests; seats ${burst.confirmed}/${burst.seats}`)
    process.exitCode = 1
  }
} finally {
  await stopServer()
  if (!process.env.BENCH_KEEP) fs.rmSync(dataDir, { recursive: true, force: true })
}
