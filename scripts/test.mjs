#!/usr/bin/env node
// npm test — every test, with nothing run before it but `npm install`/`npm ci`:
//   lint, format check and type check · unit tests · data-layer tests on SQLite and on PostgreSQL (a throwaway server started here) ·
//   a production build · end-to-end tests in Chromium against it (on their own SQLite database).
// Installs Debian's chromium / postgresql when missing and running as root; otherwise says what to install.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { root, startThrowawayPostgres, createPgDatabase, freePort } from './lib/config.mjs'

const started = Date.now()
const bin = (name) => path.join(root, 'node_modules/.bin', name)
const resultsDir = path.join(root, '.tmp/results')
fs.rmSync(resultsDir, { recursive: true, force: true })
fs.mkdirSync(resultsDir, { recursive: true })
const isRoot = process.getuid?.() === 0

function sh(cmd, argv, env = {}) {
  const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status === 0
}

function ensureSystemPackages() {
  const missing = []
  if (!['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => fs.existsSync(p))) missing.push('chromium')
  const pgBin =
    fs.existsSync('/usr/lib/postgresql') &&
    fs.readdirSync('/usr/lib/postgresql').some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))
  if (!pgBin) missing.push('postgresql')
  if (!missing.length) return
  if (!isRoot) {
    console.error(
      `test: missing system packages: ${missing.join(', ')}.\nInstall them with:  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    )
    process.exit(1)
  }
  console.log(`test: installing ${missing.join(', ')} from Debian…`)
  const env = { DEBIAN_FRONTEND: 'noninteractive' }
  if (!sh('apt-get', ['update', '-q'], env) || !sh('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], env)) {
    console.error('test: apt-get install failed')
    process.exit(1)
  }
}

const steps = []
async function step(name, fn) {
  const t0 = Date.now()
  console.log(`\n━━ ${name} ━━`)
  let ok = false
  try {
    ok = await fn()
  } catch (e) {
    console.error(e)
  }
  steps.push({ name, ok, seconds: (Date.now() - t0) / 1000 })
  return ok
}

function vitest(project, file, env = {}) {
  return sh(
    bin('vitest'),
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${path.join(resultsDir, file)}`],
    env,
  )
}

function count(file) {
  try {
    const j = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'))
    if ('numPassedTests' in j)
      return { passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + (j.numTodoTests ?? 0) }
    const s = j.stats // Playwright
    return { passed: s.expected, failed: s.unexpected + s.flaky, skipped: s.skipped }
  } catch {
    return { passed: 0, failed: 0, skipped: 0 }
  }
}

/** The failed tests of a results file, one line each with the first line of the error: the summary is what CI shows. */
function failures(file) {
  let j
  try {
    j = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'))
  } catch {
    return []
  }
  const out = []
  const firstLine = (m) =>
    String(m ?? '')
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .find((l) => l.trim()) ?? ''
  // Where it failed (the spec's line) and what was expected and received, so that one line names the cause.
  const details = (e) => {
    if (!e) return ''
    const plain = String(e.message ?? '').replace(/\u001b\[[0-9;]*m/g, '')
    const facts = plain
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^(Locator|Expected|Received|Call log|Timeout)/.test(l))
      .map((l) => l.slice(0, 160))
    const at = e.location ? ` [at ${path.basename(e.location.file)}:${e.location.line}]` : ''
    return `${at}${facts.length ? ` | ${facts.join(' | ')}` : ''}`
  }
  if (Array.isArray(j.testResults)) {
    for (const f of j.testResults)
      for (const a of f.assertionResults ?? [])
        if (a.status === 'failed') out.push(`${path.relative(root, f.name)} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`)
    return out
  }
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? []) {
        const bad = (t.results ?? []).filter((r) => r.status !== 'passed' && r.status !== 'skipped')
        if (bad.length)
          out.push(
            `${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}${t.status === 'flaky' ? ' (flaky)' : ''}: ${firstLine(bad[0].error?.message ?? bad[0].status)}${details(bad[0].error)}`,
          )
      }
    for (const s of suite.suites ?? []) walk(s, s.title && !s.title.endsWith('.ts') ? [...titles, s.title] : titles)
  }
  for (const s of j.suites ?? []) walk(s, [])
  return out
}

async function main() {
  ensureSystemPackages()
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cartesio-test-'))
  // The conventions first: they take seconds and name the file and line.
  await step('lint (ESLint)', () => sh(bin('eslint'), ['.', '--max-warnings=0']))
  await step('format check (Prettier)', () => sh(bin('prettier'), ['--check', '--log-level=warn', '.']))
  await step('type check (tsc)', () => sh(bin('tsc'), ['--noEmit', '-p', '.']))
  await step('unit tests', () => vitest('unit', 'unit.json'))
  await step('data-layer tests · SQLite', () =>
    vitest('data', 'data-sqlite.json', { DATABASE_URL: `file:${path.join(tmp, 'data.sqlite')}`, DATA_DIR: tmp }),
  )
  await step('data-layer tests · PostgreSQL', async () => {
    const server = await startThrowawayPostgres()
    try {
      const url = await createPgDatabase(server.url, 'cartesio_data_test')
      return vitest('data', 'data-postgresql.json', {
        DATABASE_URL: url,
        PG_URL: server.url,
        AUTH_SECRET: 'test-secret-'.padEnd(48, 'x'),
        DATA_DIR: tmp,
      })
    } finally {
      server.stop()
    }
  })
  const built = await step('production build', () => sh(bin('next'), ['build'], { DATA_DIR: tmp, NEXT_TELEMETRY_DISABLED: '1' }))
  if (built) {
    await step('end-to-end tests · Chromium', async () => {
      const e2eData = path.join(root, '.tmp/e2e-data')
      fs.rmSync(e2eData, { recursive: true, force: true })
      fs.rmSync(`${e2eData}-pg`, { recursive: true, force: true })
      fs.rmSync(`${e2eData}-pg2`, { recursive: true, force: true })
      fs.rmSync(path.join(root, 'e2e/.auth'), { recursive: true, force: true })
      // A second production server on PostgreSQL, for the HTTP concurrency test on both databases.
      const server = await startThrowawayPostgres()
      try {
        const pgUrl = await createPgDatabase(server.url, 'cartesio_e2e')
        return await sh(bin('playwright'), ['test', '--reporter=list,json'], {
          CI: '1',
          E2E_DATA_DIR: e2eData,
          E2E_PG_URL: pgUrl,
          PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(resultsDir, 'e2e.json'),
          NEXT_TELEMETRY_DISABLED: '1',
        })
      } finally {
        server.stop()
      }
    })
    // A tiny Lighthouse run (the home page; fails unless accessibility is 1): the full table is npm run bench:lighthouse.
    const lighthousePort = await freePort()
    await step('Lighthouse smoke (home)', () =>
      sh(process.execPath, ['scripts/lighthouse.mjs', '--smoke'], {
        APP_URL: `http://localhost:${lighthousePort}`,
        NEXT_TELEMETRY_DISABLED: '1',
      }),
    )
    // The benchmark suite's smoke run (tiny data, a few requests per page): npm run bench gives the real tables.
    await step('benchmark smoke', () => sh(process.execPath, ['scripts/bench.mjs', '--no-build', '--smoke']))
  } else steps.push({ name: 'end-to-end tests · Chromium (not run: no build)', ok: false, seconds: 0 })
  // The mail benchmark's smoke run (20 mails, the separate worker process's way of loading the code): npm run bench:mail.
  await step('mail benchmark smoke', () => sh('npm', ['run', '--silent', 'bench:mail', '--', '20']))
  fs.rmSync(tmp, { recursive: true, force: true })

  const kinds = [
    ['unit', 'unit.json'],
    ['data · SQLite', 'data-sqlite.json'],
    ['data · PostgreSQL', 'data-postgresql.json'],
    ['end-to-end', 'e2e.json'],
  ].map(([kind, file]) => ({ kind, ...count(file) }))
  console.log('\n━━ summary ━━')
  for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'}  ${s.name.padEnd(34)} ${s.seconds.toFixed(1).padStart(6)} s`)
  for (const k of kinds)
    console.log(`      ${k.kind.padEnd(20)} ${k.passed} passed, ${k.failed} failed${k.skipped ? `, ${k.skipped} skipped` : ''}`)
  for (const file of ['unit.json', 'data-sqlite.json', 'data-postgresql.json', 'e2e.json'])
    for (const f of failures(file)) console.log(`FAILED ${file.replace('.json', '')}: ${f.slice(0, 900)}`)
  const passed = kinds.reduce((a, k) => a + k.passed, 0)
  // A step that failed without a failing test (a crash, a failed build) still counts as a failure.
  const failed = kinds.reduce((a, k) => a + k.failed, 0) || steps.filter((s) => !s.ok).length
  console.log(`\ntotal time ${((Date.now() - started) / 1000).toFixed(0)} s`)
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main()
