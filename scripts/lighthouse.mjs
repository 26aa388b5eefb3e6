#!/usr/bin/env node
// npm run bench:lighthouse — Lighthouse (mobile, Debian Chromium) on the home, a case study, a thread, the calendar
// and a good practice; prints the scores as a table. Needs a build; starts its own server on a throwaway database
// with the demo content.   --smoke  only the home page, and fails unless accessibility is 1 (run by npm test).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { root, freePort } from './lib/config.mjs'

const smoke = process.argv.includes('--smoke')
const chromePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))
if (!chromePath) throw new Error('lighthouse: no Chromium found (apt install chromium)')

// Statically generated pages carry the APP_URL of the build in their canonical and hreflang links: serve at that
// address (the build's default, http://localhost:3000, unless APP_URL was set for the build and here).
const base = (process.env.APP_URL || 'http://localhost:3000').replace(/\/$/, '')
const port = Number(new URL(base).port || 80)
await freePort(port).catch(() => {
  throw new Error(`lighthouse: port ${port} (from APP_URL ${base}) is busy; stop what runs there first`)
})
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartesio-lighthouse-'))
const server = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: 'localhost',
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    APP_URL: base,
    SEED_DEMO: 'true',
    SMTP_URL: '',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => String(d).includes('Ready') && resolve())
  server.on('exit', (c) => reject(new Error(`server exited (${c})`)))
})

let chrome
let failed = false
try {
  // The pages to score; the thread and the practice are the demo ones linked from the home page.
  const home = await (await fetch(base + '/')).text()
  const first = (re) => home.match(re)?.[0]
  const pages = smoke
    ? [['home', '/']]
    : [
        ['home', '/'],
        ['case study', '/casi-studio/distretto-mobile-livenza'],
        ['thread', first(/\/forum\/t\/[a-z0-9]+/)],
        ['calendar', '/eventi'],
        ['practice', first(/\/buone-pratiche\/[a-z0-9]{20,}/)],
      ]
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] })
  const rows = []
  for (const [name, p] of pages) {
    if (!p) throw new Error(`lighthouse: no link to a ${name} on the home page`)
    // Lighthouse's default: a mid-range phone on a slow 4G network (simulated throttling).
    const { lhr } = await lighthouse(base + p, { port: chrome.port, output: 'json', logLevel: 'error' })
    const score = (c) => lhr.categories[c]?.score ?? NaN
    rows.push({
      name,
      path: p,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    })
    const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN)
    console.log(
      `${name}: FCP ${ms('first-contentful-paint')} ms, LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms, ` +
        `CLS ${(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)}, SI ${ms('speed-index')} ms`,
    )
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    if (failing.length) console.log(`${name}: audits not passed — ${failing.map((a) => a.id).join(', ')}`)
  }
  console.log(`\nLighthouse ${lighthouse.version ?? ''} (mobile, simulated throttling), ${new Date().toISOString().slice(0, 10)}\n`)
  console.log('| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|')
  for (const r of rows)
    console.log(
      `| ${r.name} (${r.path}) | ${r.performance.toFixed(2)} | ${r.accessibility.toFixed(2)} | ${r['best-practices'].toFixed(2)} | ${r.seo.toFixed(2)} |`,
    )
  if (smoke && rows[0].accessibility < 1) {
    console.error('lighthouse smoke: accessibility below 1 on the home page')
    failed = true
  }
} finally {
  await chrome?.kill()
  server.kill('SIGTERM')
  fs.rmSync(dataDir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
