import fs from 'node:fs'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

// The e2e server runs the production build on its own throwaway SQLite database.
export const E2E_PORT = Number(process.env.E2E_PORT || 3100)
export const E2E_DATA_DIR = path.resolve(process.env.E2E_DATA_DIR || '.tmp/e2e-data')
// -H 127.0.0.1 makes next-intl's rewrites point at localhost (a redirect loop): serve on localhost.
const baseURL = `http://localhost:${E2E_PORT}`
// With E2E_PG_URL (set by `npm test`), a second production server runs on PostgreSQL at the next port, so
// the HTTP concurrency test runs against both databases.
export const E2E_PG_URL = process.env.E2E_PG_URL || ''
export const E2E_PG_BASE_URL = `http://localhost:${E2E_PORT + 1}`
export const E2E_PG_DATA_DIR = path.resolve(`${E2E_DATA_DIR}-pg`)
// …and a second instance on the same PostgreSQL database, for the test that the page cache stays right across instances.
export const E2E_PG2_BASE_URL = `http://localhost:${E2E_PORT + 2}`
const PG_AUTH_SECRET = 'e2e-postgresql-secret-'.padEnd(48, 'x')
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))

/** A production server on the test PostgreSQL database (instances share the database and the session secret). */
function pgServer(port: number, dataDir: string) {
  const url = `http://localhost:${port}`
  return {
    command: 'node scripts/start.mjs --no-build',
    url: `${url}/api/auth/csrf`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      PORT: String(port),
      HOST: 'localhost',
      APP_URL: url,
      DATA_DIR: dataDir,
      DATABASE_URL: E2E_PG_URL,
      AUTH_SECRET: PG_AUTH_SECRET,
      SEED_DEMO: 'true',
      SMTP_URL: '',
    },
  }
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  // Two workers: the machines here have two cores, and the concurrency tests load the server themselves.
  workers: 2,
  retries: 0,
  timeout: 120_000,
  // 15 s: the crash-safety and concurrency tests load the machine while the other worker's tests run.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, dependencies: ['setup'] },
  ],
  webServer: [
    {
      command: 'node scripts/start.mjs --no-build',
      url: `${baseURL}/api/auth/csrf`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(E2E_PORT),
        HOST: 'localhost',
        APP_URL: baseURL,
        DATA_DIR: E2E_DATA_DIR,
        DATABASE_URL: '',
        SEED_DEMO: 'true',
        SMTP_URL: '',
      },
    },
    // The two PostgreSQL instances start one after the other (Playwright waits for each), so only one seeds.
    ...(E2E_PG_URL ? [pgServer(E2E_PORT + 1, E2E_PG_DATA_DIR), pgServer(E2E_PORT + 2, `${E2E_PG_DATA_DIR}2`)] : []),
  ],
})
