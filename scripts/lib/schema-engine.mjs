// Offline `prisma migrate` for both providers: drives @prisma/schema-engine-wasm through a driver adapter,
// because the Prisma CLI cannot download its native schema engine here. It keeps Prisma's standard layout
// (migrations/<timestamp>_<name>/migration.sql, the _prisma_migrations table, sha256 checksums), so the real
// CLI can take over wherever it can download its engine. Only the migration process loads this file.
import fs from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import pg from 'pg'
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'

const require = createRequire(import.meta.url)

// adapter-pg rejects Postgres' internal "char" type (OID 18) that the engine's introspection reads:
// report it as text, in this process only.
const addFields = pg.Result.prototype.addFields
pg.Result.prototype.addFields = function (fields) {
  for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25
  return addFields.call(this, fields)
}

let wasmLoaded = false
async function loadSchemaEngine() {
  if (!wasmLoaded) {
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
    const bytes = fs.readFileSync(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'))
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg })
    bg.__wbg_set_wasm(instance.exports)
    instance.exports.__wbindgen_start()
    wasmLoaded = true
  }
  return bg
}

function pgConfig(url) {
  const u = new URL(url)
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
  }
}

/** PostgreSQL factory whose shadow database is really separate (adapter-pg's own reuses the main one). */
function pgFactory(url) {
  const cfg = pgConfig(url)
  const main = new PrismaPg(cfg)
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb() {
      const admin = new pg.Client(cfg)
      await admin.connect()
      const name = `prisma_migrate_shadow_db_${randomUUID()}`
      await admin.query(`CREATE DATABASE "${name}"`)
      const adapter = await new PrismaPg({ ...cfg, database: name }).connect()
      const dispose = adapter.dispose.bind(adapter)
      adapter.dispose = async () => {
        await dispose()
        await admin.query(`DROP DATABASE IF EXISTS "${name}"`)
        await admin.end()
      }
      return adapter
    },
  }
}

/** The engine sends multi-statement scripts to the SQLite shadow database via executeRaw: retry as a script. */
function sqliteFactory(file) {
  const factory = new PrismaBetterSqlite3({ url: file })
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    async connectToShadowDb() {
      const a = await factory.connectToShadowDb()
      const executeRaw = a.executeRaw.bind(a)
      a.executeRaw = async (q) => {
        try {
          return await executeRaw(q)
        } catch (e) {
          if (
            (q.args?.length ?? 0) === 0 &&
            /more than one statement/i.test(String(e?.message ?? e?.cause?.message ?? JSON.stringify(e)))
          ) {
            await a.executeScript(q.sql)
            return 0
          }
          throw e
        }
      }
      return a
    },
  }
}

export async function listMigrations(baseDir) {
  const lockPath = 'migration_lock.toml'
  const lockFile = path.join(baseDir, lockPath)
  const dirs = fs.existsSync(baseDir) ? fs.readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory()) : []
  return {
    baseDir,
    lockfile: { path: lockPath, content: fs.existsSync(lockFile) ? fs.readFileSync(lockFile, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs
      .map((d) => ({
        path: d.name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok', value: fs.readFileSync(path.join(baseDir, d.name, 'migration.sql'), 'utf8') },
        },
      }))
      .sort((a, b) => a.path.localeCompare(b.path)),
  }
}

export const FTS_TABLES = ['ThreadFts', 'PostFts', 'PracticeFts', 'EventFts', 'OrganisationFts'].flatMap((t) => [
  t,
  `${t}_config`,
  `${t}_data`,
  `${t}_docsize`,
  `${t}_idx`,
  `${t}_content`,
])

/**
 * Opens the schema engine for one provider.
 * @param {{ provider: 'sqlite'|'postgresql', url: string, schemaPath: string, migrationsDir: string }} o
 */
export async function openEngine({ provider, url, schemaPath, migrationsDir }) {
  const { SchemaEngine } = await loadSchemaEngine()
  const factory = provider === 'sqlite' ? sqliteFactory(url.replace(/^file:/, '')) : pgFactory(url)
  const bound = bindMigrationAwareSqlAdapterFactory(factory)
  const schemaText = fs.readFileSync(schemaPath, 'utf8')
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, () => {}, bound)
  // Tables created by raw SQL migrations and managed outside the Prisma schema (SQLite FTS5 search tables
  // and their shadow tables), so that diffs and drift checks leave them alone.
  const external = provider === 'sqlite' ? FTS_TABLES : []
  const filters = { externalTables: external, externalEnums: [] }
  const schema = { files: [{ path: schemaPath, content: schemaText }] }
  const run = async (cmd, input) => {
    try {
      return await engine[cmd](input)
    } catch (e) {
      const m = /External error id#(\d+)/.exec(String(e?.message))
      const ext = m ? bound.errorRegistry.consumeError(Number(m[1]))?.error : undefined
      throw Object.assign(
        new Error(
          `schema engine ${cmd} failed: ${e?.message ?? e}` + (ext ? `\nDriver error: ${ext?.message ?? JSON.stringify(ext)}` : ''),
        ),
        { code: e?.code },
      )
    }
  }
  const list = () => listMigrations(migrationsDir)
  // A fresh database makes devDiagnostic/diagnoseMigrationHistory report P1014; an empty applyMigrations
  // creates _prisma_migrations first.
  const withTable = async (fn) => {
    try {
      return await fn()
    } catch (e) {
      if (e.code !== 'P1014') throw e
      await run('applyMigrations', { migrationsList: { ...(await list()), migrationDirectories: [] }, filters })
      return fn()
    }
  }
  return {
    close: () => engine.free(),
    async deploy() {
      return (await run('applyMigrations', { migrationsList: await list(), filters })).appliedMigrationNames
    },
    async status() {
      return withTable(async () => run('diagnoseMigrationHistory', { migrationsList: await list(), optInToShadowDatabase: false, filters }))
    },
    /** SQL that would bring the migrations to the schema; '' when they agree. */
    async drift() {
      const r = await run('diff', {
        from: { tag: 'migrations', ...(await list()) },
        to: { tag: 'schemaDatamodel', ...schema },
        script: true,
        exitCode: null,
        filters,
      })
      return r.stdout.replace(/^-- This is an empty migration\.\s*$/m, '').trim()
    },
    async create(name) {
      const diag = await withTable(async () => run('devDiagnostic', { migrationsList: await list(), filters }))
      if (diag.action.tag === 'reset') throw new Error(`The database needs a reset first: ${diag.action.reason}`)
      const applied = await run('applyMigrations', { migrationsList: await list(), filters })
      if (applied.appliedMigrationNames.length) await run('devDiagnostic', { migrationsList: await list(), filters })
      const loss = await run('evaluateDataLoss', { migrationsList: await list(), schema, filters })
      if (loss.unexecutableSteps.length) throw new Error('Unexecutable steps: ' + loss.unexecutableSteps.map((s) => s.message).join('; '))
      if (loss.warnings.length) console.warn('Data-loss warnings (review the migration): ' + loss.warnings.map((s) => s.message).join('; '))
      const out = await run('createMigration', { migrationsList: await list(), schema, migrationName: name, draft: true, filters })
      if (out.migrationScript === null) return null
      const dir = path.join(migrationsDir, out.generatedMigrationName)
      fs.mkdirSync(dir, { recursive: true })
      fs.writeFileSync(path.join(dir, 'migration.sql'), out.migrationScript)
      fs.writeFileSync(
        path.join(migrationsDir, 'migration_lock.toml'),
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
      )
      return out.generatedMigrationName
    },
    async reset() {
      await run('reset', { filter: filters })
    },
  }
}
