import { execFileSync } from 'node:child_process'

/** Data-layer tests run against DATABASE_URL, which must be a throwaway database: refuse anything else. */
export default function setup() {
  const url = process.env.DATABASE_URL ?? ''
  const local = url.startsWith('file:') ? /tmp|cartesio-test/.test(url) : /@(127\.0\.0\.1|localhost)[:/]/.test(url)
  if (!url || !local) throw new Error(`data tests need DATABASE_URL set to a throwaway local database (got "${url || 'nothing'}"); npm test sets one up`)
  execFileSync(process.execPath, ['scripts/db.mjs', 'deploy'], { stdio: 'inherit', env: process.env })
}
