#!/usr/bin/env node
// npm run bench — prints measured figures (not a test): first-load JavaScript per page (gzip, as served)
// and server response times. Needs a build (`npm run build`); starts its own server on a throwaway database.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { spawn } from 'node:child_process'
import { root, freePort } from './lib/config.mjs'

const PAGES = [
  '/',
  '/casi-studio',
  '/casi-studio/distretto-cartario-lucca',
  '/glossario',
  '/accedi',
  '/eventi',
  '/eventi?view=month',
  '/buone-pratiche',
  '/rete/aderenti',
  '/territori/toscana',
]
const RUNS = 30

const port = await freePort()
const base = `http://localhost:${port}`
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartesio-bench-'))
const server = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), HOST: 'localhost', DATA_DIR: dataDir, DATABASE_URL: '', APP_URL: base },
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => String(d).includes('Ready') && resolve())
  server.on('exit', (c) => reject(new Error(`server exited (${c})`)))
})

try {
  console.log(
    `first-load JavaScript (gzip level 9 of each <script src> in the served HTML, noModule polyfills excluded) and server time over ${RUNS} requests\n`,
  )
  console.log('page'.padEnd(42), 'scripts', 'JS gzip kB', ' median ms', '  p95 ms')
  for (const page of PAGES) {
    const html = await (await fetch(base + page)).text()
    // Modern browsers skip the noModule polyfills, so they are not counted.
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
    const times = []
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now()
      await (await fetch(base + page)).arrayBuffer()
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1)
    console.log(
      page.padEnd(42),
      String(srcs.length).padStart(7),
      (gz / 1024).toFixed(1).padStart(10),
      q(0.5).padStart(10),
      q(0.95).padStart(8),
    )
  }
} finally {
  server.kill('SIGTERM')
  fs.rmSync(dataDir, { recursive: true, force: true })
}
