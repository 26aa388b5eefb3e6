#!/usr/bin/env node
// npm run restore -- <backup folder> [--force] — puts a backup made by `npm run backup` back: the SQLite file
// into DATA_DIR (stop the app first; --force replaces an existing database) or the dump into DATABASE_URL,
// and the uploaded files into DATA_DIR/uploads. Every file is checked against the backup's manifest first.
import path from 'node:path'
import { databaseUrl, dataDir, providerOf } from './lib/config.mjs'
import { restore } from './lib/backup.mjs'

const args = process.argv.slice(2)
const from = args.find((a) => !a.startsWith('--'))
if (!from) {
  console.error('usage: npm run restore -- <backup folder> [--force]')
  process.exit(2)
}
const url = databaseUrl()
try {
  const m = restore({
    provider: providerOf(url),
    databaseUrl: url,
    dataDir: dataDir(),
    fromDir: path.resolve(from),
    force: args.includes('--force'),
  })
  console.log(`restore: ${Object.keys(m.files).length} file(s) from the backup of ${m.createdAt} restored`)
} catch (e) {
  console.error(String(e instanceof Error ? e.message : e))
  process.exit(1)
}
