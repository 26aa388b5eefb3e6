// Writes the SQLite variant of prisma/schema.prisma and generates both Prisma clients, offline.
// prisma/schema.prisma (PostgreSQL) is the single source; prisma/sqlite/schema.prisma is derived here.
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const source = path.join(root, 'prisma/schema.prisma')
export const sqliteSchemaPath = path.join(root, 'prisma/sqlite/schema.prisma')

export function toSqliteSchema(text) {
  const out = text
    .replace(/provider\s*=\s*"postgresql"/, 'provider = "sqlite"')
    .replace('output          = "../server/db/generated/postgresql"', 'output          = "../../server/db/generated/sqlite"')
    .replace(/\s@db\.[A-Za-z]+(\([^)]*\))?/g, '')
  if (!out.includes('generated/sqlite')) throw new Error('prisma-generate: could not rewrite the generator output path')
  return '// GENERATED from ../schema.prisma by scripts/prisma-generate.mjs. Do not edit.\n' + out
}

export function writeSqliteSchema() {
  fs.mkdirSync(path.dirname(sqliteSchemaPath), { recursive: true })
  fs.writeFileSync(sqliteSchemaPath, toSqliteSchema(fs.readFileSync(source, 'utf8')))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeSqliteSchema()
  const prisma = path.join(root, 'node_modules/prisma/build/index.js')
  const env = { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_HIDE_UPDATE_MESSAGE: '1' }
  for (const schema of [source, sqliteSchemaPath]) {
    execFileSync(process.execPath, [prisma, 'generate', '--schema', schema], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  }
  console.log('prisma: generated clients for postgresql and sqlite')
}
