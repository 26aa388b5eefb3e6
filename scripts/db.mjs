#!/usr/bin/env node
// Database migrations, offline, for both providers (see scripts/lib/schema-engine.mjs).
//   deploy            apply pending migrations to DATABASE_URL (default: the embedded SQLite file)
//   status            show which migrations are applied
//   reset --force     drop everything and re-apply all migrations
//   create <name>     after editing prisma/schema.prisma: write a new migration for BOTH providers
//   check             fail when either provider's migrations differ from prisma/schema.prisma
// For create/check, PostgreSQL comes from PG_URL (a server URL) or a throwaway server started here.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { openEngine } from './lib/schema-engine.mjs'
import { writeSqliteSchema } from './prisma-generate.mjs'
import { databaseUrl, providerOf, providers, startThrowawayPostgres, createPgDatabase } from './lib/config.mjs'

const [cmd, ...args] = process.argv.slice(2)

async function withEngine(provider, url, fn) {
  const engine = await openEngine({ provider, url, ...providers[provider] })
  try {
    return await fn(engine)
  } finally {
    engine.close()
  }
}

function sqliteFile(url) {
  return path.resolve(url.replace(/^file:/, ''))
}

async function deploy(url) {
  const provider = providerOf(url)
  if (provider === 'sqlite') {
    // WAL lets readers and the writer work at once; the mode is stored in the file.
    fs.mkdirSync(path.dirname(sqliteFile(url)), { recursive: true })
    const d = new Database(sqliteFile(url))
    d.pragma('journal_mode = WAL')
    d.close()
  }
  const applied = await withEngine(provider, url, (e) => e.deploy())
  console.log(applied.length ? `db: applied ${applied.length} migration(s): ${applied.join(', ')}` : 'db: schema up to date')
}

/** Runs fn(url) for PostgreSQL on PG_URL or a throwaway server. */
async function withPostgres(fn) {
  let server
  let serverUrl = process.env.PG_URL
  if (!serverUrl) {
    server = await startThrowawayPostgres()
    serverUrl = server.url
  }
  try {
    return await fn(await createPgDatabase(serverUrl, `cartesio_migrate_${process.pid}`))
  } finally {
    server?.stop()
  }
}

function tempSqlite() {
  return `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cartesio-migrate-')), 'db.sqlite')}`
}

async function main() {
  writeSqliteSchema()
  const url = databaseUrl()
  switch (cmd) {
    case 'deploy':
      return deploy(url)
    case 'status': {
      const s = await withEngine(providerOf(url), url, (e) => e.status())
      console.log(JSON.stringify(s, null, 2))
      return
    }
    case 'reset': {
      if (!args.includes('--force')) throw new Error('db reset deletes every row: run it with --force')
      if (providerOf(url) === 'sqlite') {
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(sqliteFile(url) + suffix, { force: true })
      } else {
        await withEngine('postgresql', url, (e) => e.reset())
      }
      return deploy(url)
    }
    case 'create': {
      const name = args[0]
      if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('usage: npm run db:create -- <name_in_snake_case>')
      const a = await withEngine('sqlite', tempSqlite(), (e) => e.create(name))
      const b = await withPostgres((pgUrl) => withEngine('postgresql', pgUrl, (e) => e.create(name)))
      console.log(a || b ? `db: created sqlite=${a ?? 'none'} postgresql=${b ?? 'none'}` : 'db: no schema change, nothing created')
      return
    }
    case 'check': {
      const only = args.find((a) => a.startsWith('--provider='))?.split('=')[1]
      let failed = false
      for (const provider of ['sqlite', 'postgresql']) {
        if (only && only !== provider) continue
        const sql =
          provider === 'sqlite'
            ? await withEngine('sqlite', tempSqlite(), (e) => e.drift())
            : await withPostgres((pgUrl) => withEngine('postgresql', pgUrl, (e) => e.drift()))
        if (sql) {
          failed = true
          console.error(
            `db check: ${provider} migrations differ from prisma/schema.prisma; run npm run db:create -- <name>. Missing:\n${sql}`,
          )
        } else console.log(`db check: ${provider} migrations match the schema`)
      }
      if (failed) process.exitCode = 1
      return
    }
    default:
      throw new Error('usage: node scripts/db.mjs deploy|status|reset --force|create <name>|check')
  }
}

main()
  .catch((e) => {
    console.error(String(e?.message ?? e))
    process.exitCode = 1
  })
  .finally(() => setTimeout(() => process.exit(), 10).unref?.())
