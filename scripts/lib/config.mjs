// Paths and database URL resolution for the command-line scripts (the app's own is server/env.ts).
import path from 'node:path'
import net from 'node:net'
import fs from 'node:fs'
import os from 'node:os'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const providers = {
  postgresql: { schemaPath: path.join(root, 'prisma/schema.prisma'), migrationsDir: path.join(root, 'prisma/migrations') },
  sqlite: { schemaPath: path.join(root, 'prisma/sqlite/schema.prisma'), migrationsDir: path.join(root, 'prisma/sqlite/migrations') },
}

export function dataDir(env = process.env) {
  return path.resolve(root, env.DATA_DIR || 'data')
}

export function databaseUrl(env = process.env) {
  return env.DATABASE_URL || `file:${path.join(dataDir(env), 'cartesio.db')}`
}

export function providerOf(url) {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql'
  throw new Error(`DATABASE_URL must start with "file:" or "postgresql://" (got "${url.slice(0, 20)}…")`)
}

/** A free TCP port: any (0), or `wanted` when it is free (otherwise the promise rejects). */
export function freePort(wanted = 0) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(wanted, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

/** Starts a throwaway PostgreSQL server; returns { url, stop }. */
export async function startThrowawayPostgres() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartesio-pg-'))
  const port = await freePort()
  const url = execFileSync('bash', [path.join(root, 'scripts/pg-server.sh'), 'start', dir, String(port)], { encoding: 'utf8' }).trim()
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    try {
      execFileSync('bash', [path.join(root, 'scripts/pg-server.sh'), 'stop', dir], { stdio: 'ignore' })
    } catch {}
  }
  return { url, stop }
}

/** Creates a fresh database on a PostgreSQL server; returns its URL. */
export async function createPgDatabase(serverUrl, name) {
  const pg = (await import('pg')).default
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await client.query(`CREATE DATABASE "${name}"`)
  await client.end()
  const u = new URL(serverUrl)
  u.pathname = '/' + name
  return u.toString()
}
