#!/usr/bin/env node
// npm run backup [-- --out DIR] — a consistent copy of the database and the uploaded files, with a manifest.
// Safe while the app runs. Default folder: backups/cartesio-<date-time>/ (git-ignored).
import path from 'node:path'
import { databaseUrl, dataDir, providerOf, root } from './lib/config.mjs'
import { backup } from './lib/backup.mjs'

const args = process.argv.slice(2)
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)
const outDir = path.resolve(args.includes('--out') ? args[args.indexOf('--out') + 1] : path.join(root, 'backups', `cartesio-${stamp}`))
const url = databaseUrl()
const manifest = await backup({ provider: providerOf(url), databaseUrl: url, dataDir: dataDir(), outDir })
console.log(`backup: ${Object.keys(manifest.files).length} file(s) written to ${outDir}`)
