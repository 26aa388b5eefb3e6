import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import Database from 'better-sqlite3'
import { db } from '@/server/db'
import { env } from '@/server/env'
// @ts-expect-error plain JavaScript modules of the command-line scripts
import { backup, restore } from '../../scripts/lib/backup.mjs'
// @ts-expect-error plain JavaScript modules of the command-line scripts
import { createPgDatabase } from '../../scripts/lib/config.mjs'
import { member, uid } from './helpers'

const e = env()
afterAll(() => db.$disconnect())

describe(`backup and restore (${e.provider})`, () => {
  it('restores a backup into a new data folder with the data, the uploads and a clean integrity check (issue 12)', async () => {
    const u = await member('MEMBER', { name: `Da salvare ${uid()}` })
    const upload = path.join(e.DATA_DIR, 'uploads', 'events', `backup-test-${uid()}`)
    fs.mkdirSync(path.dirname(upload), { recursive: true })
    fs.writeFileSync(upload, '%PDF-1.4 verbale')

    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cartesio-backup-'))
    const outDir = path.join(work, 'backup')
    const manifest = await backup({ provider: e.provider, databaseUrl: e.DATABASE_URL, dataDir: e.DATA_DIR, outDir })
    expect(Object.keys(manifest.files)).toContain(path.join('uploads', path.relative(path.join(e.DATA_DIR, 'uploads'), upload)))

    const newData = path.join(work, 'restored')
    let name: string | undefined
    if (e.provider === 'sqlite') {
      const url = `file:${path.join(newData, 'cartesio.db')}`
      restore({ provider: 'sqlite', databaseUrl: url, dataDir: newData, fromDir: outDir })
      const copy = new Database(path.join(newData, 'cartesio.db'), { readonly: true })
      name = (copy.prepare('SELECT "name" FROM "User" WHERE "id" = ?').get(u.id) as { name: string } | undefined)?.name
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
      copy.close()
    } else {
      const url = await createPgDatabase(process.env.PG_URL, `cartesio_restore_${process.pid}`)
      restore({ provider: 'postgresql', databaseUrl: url, dataDir: newData, fromDir: outDir })
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      name = (await client.query('SELECT "name" FROM "User" WHERE "id" = $1', [u.id])).rows[0]?.name
      await client.end()
    }
    expect(name).toBe(u.name)
    expect(fs.readFileSync(path.join(newData, 'uploads', path.relative(path.join(e.DATA_DIR, 'uploads'), upload)), 'utf8')).toBe('%PDF-1.4 verbale')

    // A damaged backup is refused before anything is replaced.
    fs.appendFileSync(path.join(outDir, Object.keys(manifest.files)[0]!), 'x')
    expect(() => restore({ provider: e.provider, databaseUrl: e.DATABASE_URL, dataDir: path.join(work, 'other'), fromDir: outDir, force: true })).toThrow(
      /does not match the manifest/,
    )
    fs.rmSync(work, { recursive: true, force: true })
  })
})
