// Backups of the embedded database and the uploaded files (npm run backup / npm run restore).
// SQLite: the online backup API of better-sqlite3 copies a consistent snapshot while the app keeps running.
// PostgreSQL: pg_dump / pg_restore (custom format), which must be on the PATH (Debian: postgresql-client).
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { spawnSync } from 'node:child_process'
import Database from 'better-sqlite3'

const sha256 = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

function listFiles(dir, base = dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full)]
  })
}

function copyUploads(from, to) {
  const files = listFiles(from)
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(to, f)), { recursive: true })
    fs.copyFileSync(path.join(from, f), path.join(to, f))
  }
  return files
}

/**
 * Writes a backup folder: the database (cartesio.db, or cartesio.dump for PostgreSQL), uploads/, and
 * manifest.json with what it holds and each file's SHA-256, so a restore can check it is complete.
 */
export async function backup({ provider, databaseUrl, dataDir, outDir }) {
  fs.mkdirSync(outDir, { recursive: true })
  if (fs.readdirSync(outDir).length) throw new Error(`backup: ${outDir} is not empty`)
  let database
  if (provider === 'sqlite') {
    const file = databaseUrl.replace(/^file:/, '')
    const db = new Database(file, { readonly: true, fileMustExist: true })
    try {
      await db.backup(path.join(outDir, 'cartesio.db'))
    } finally {
      db.close()
    }
    database = 'cartesio.db'
  } else {
    const r = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${path.join(outDir, 'cartesio.dump')}`, databaseUrl], {
      encoding: 'utf8',
    })
    if (r.status !== 0) throw new Error(`backup: pg_dump failed: ${r.stderr || r.error}`)
    database = 'cartesio.dump'
  }
  const uploads = copyUploads(path.join(dataDir, 'uploads'), path.join(outDir, 'uploads'))
  const files = [database, ...uploads.map((f) => path.join('uploads', f))]
  const manifest = {
    createdAt: new Date().toISOString(),
    provider,
    files: Object.fromEntries(files.map((f) => [f, sha256(path.join(outDir, f))])),
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
  return manifest
}

/** Restores a backup folder into dataDir (SQLite) or into the database at databaseUrl (PostgreSQL). */
export function restore({ provider, databaseUrl, dataDir, fromDir, force = false }) {
  const manifest = JSON.parse(fs.readFileSync(path.join(fromDir, 'manifest.json'), 'utf8'))
  if (manifest.provider !== provider) throw new Error(`restore: the backup is of ${manifest.provider}, the target is ${provider}`)
  for (const [f, hash] of Object.entries(manifest.files)) {
    if (sha256(path.join(fromDir, f)) !== hash) throw new Error(`restore: ${f} does not match the manifest (damaged backup)`)
  }
  if (provider === 'sqlite') {
    const target = databaseUrl.replace(/^file:/, '')
    if (fs.existsSync(target) && !force) throw new Error(`restore: ${target} exists; stop the app and pass --force to replace it`)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target + suffix, { force: true })
    fs.copyFileSync(path.join(fromDir, 'cartesio.db'), target)
    const db = new Database(target)
    try {
      const check = db.pragma('integrity_check', { simple: true })
      if (check !== 'ok') throw new Error(`restore: integrity check says ${check}`)
    } finally {
      db.close()
    }
  } else {
    const r = spawnSync(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', `--dbname=${databaseUrl}`, path.join(fromDir, 'cartesio.dump')],
      { encoding: 'utf8' },
    )
    if (r.status !== 0) throw new Error(`restore: pg_restore failed: ${r.stderr || r.error}`)
  }
  const uploadsTarget = path.join(dataDir, 'uploads')
  if (force) fs.rmSync(uploadsTarget, { recursive: true, force: true })
  copyUploads(path.join(fromDir, 'uploads'), uploadsTarget)
  return manifest
}
