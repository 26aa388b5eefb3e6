#!/usr/bin/env node
// npm start — migrate the database, load demo data once, build when the sources changed, serve.
//   --dev        next dev instead of a production build
//   --no-build   serve the existing build (tests build once beforehand)
// Environment: see .env.example. Nothing is required for the embedded SQLite default.
import fs from 'node:fs'
import path from 'node:path'
import { spawn, spawnSync } from 'node:child_process'
import { databaseUrl, providerOf, root } from './lib/config.mjs'

const args = new Set(process.argv.slice(2))
const dev = args.has('--dev')
const port = process.env.PORT || '3000'
const host = process.env.HOST || '0.0.0.0'
const bin = (name) => path.join(root, 'node_modules/.bin', name)

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...opts })
  if (r.status !== 0) {
    console.error(`\nstart: "${[path.basename(cmd), ...argv].join(' ')}" failed (exit ${r.status}).`)
    process.exit(r.status || 1)
  }
  return r
}

const SOURCES = [
  'app',
  'components',
  'server',
  'lib',
  'i18n',
  'messages',
  'content',
  'proxy.ts',
  'next.config.mjs',
  'package-lock.json',
  'postcss.config.mjs',
  'prisma/schema.prisma',
]
function newestSource(p = null) {
  let newest = 0
  const walk = (f) => {
    const st = fs.statSync(f, { throwIfNoEntry: false })
    if (!st) return
    if (st.isDirectory()) {
      if (/(^|\/)(node_modules|generated|\.next)$/.test(f)) return
      for (const e of fs.readdirSync(f)) walk(path.join(f, e))
    } else newest = Math.max(newest, st.mtimeMs)
  }
  for (const s of p ?? SOURCES) walk(path.join(root, s))
  return newest
}

function needsBuild() {
  const id = fs.statSync(path.join(root, '.next/BUILD_ID'), { throwIfNoEntry: false })
  return !id || newestSource() > id.mtimeMs
}

if (!fs.existsSync(path.join(root, 'node_modules/next'))) {
  console.error('start: dependencies are missing: run `npm install` first.')
  process.exit(1)
}

const url = databaseUrl()
console.log(`start: database ${providerOf(url) === 'sqlite' ? url.replace(/^file:/, 'SQLite ') : 'PostgreSQL'}`)
run(process.execPath, ['scripts/db.mjs', 'deploy'])
const seed = run(bin('tsx'), ['--conditions=react-server', 'scripts/seed.ts', '--json'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
})
const seedOut = JSON.parse(seed.stdout.trim().split('\n').at(-1))
console.log(`start: ${seedOut.message}`)

if (!dev && !args.has('--no-build') && needsBuild()) {
  console.log('start: building the app (first run or sources changed)…')
  run(bin('next'), ['build'])
}

// scripts/server.mjs: Next behind a Node server that records the real peer address (X-Forwarded-For).
const child = spawn(process.execPath, ['scripts/server.mjs', ...(dev ? ['--dev'] : []), '-p', port, '-H', host], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
})
let announced = false
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  if (!announced && /Ready/.test(String(chunk))) {
    announced = true
    const appUrl = process.env.APP_URL || `http://localhost:${port}`
    const lines = [`\n  Cartesio is running at ${appUrl}`, '  Stop it with Ctrl+C.']
    if (seedOut.accounts?.length) {
      lines.push(`\n  Demo accounts (DEMO data; password for all: ${seedOut.password}):`)
      for (const a of seedOut.accounts) lines.push(`    ${a.role.padEnd(10)} ${a.email}`)
    } else lines.push('\n  No demo data. Create the first admin: npm run create-admin -- --email you@example.org --name "Your Name"')
    console.log(lines.join('\n') + '\n')
  }
})
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
