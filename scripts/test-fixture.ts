// Test fixtures through the data layer, for the e2e tests: creates a user and prints it as JSON.
//   tsx --conditions=react-server scripts/test-fixture.ts user '{"role":"MEMBER"}'
// Refuses to touch anything but a throwaway local database.
import crypto from 'node:crypto'
import { env } from '@/server/env'
import { db } from '@/server/db'
import { hashPassword } from '@/server/auth/password'
import { uniqueHandle } from '@/server/users'
import type { Role } from '@/lib/policies'

async function main() {
  const e = env()
  const throwaway = e.provider === 'sqlite' ? /\/(\.tmp|tmp)\//.test(e.DATABASE_URL) : /@(127\.0\.0\.1|localhost)[:/]/.test(e.DATABASE_URL)
  if (!throwaway) throw new Error(`test-fixture: refusing to write to a non-throwaway database (${e.DATABASE_URL})`)
  const [kind, json] = process.argv.slice(2)
  if (kind !== 'user') throw new Error('usage: test-fixture.ts user \'{"role":"MEMBER"}\'')
  const opts = JSON.parse(json ?? '{}') as { role?: Role; name?: string; email?: string; password?: string; locale?: 'it' | 'en' }
  const id = crypto.randomBytes(4).toString('hex')
  const user = {
    email: opts.email ?? `e2e-${id}@test.invalid`,
    name: opts.name ?? `Utente Prova ${id}`,
    password: opts.password ?? `Prova-${id}-Cartesio`,
  }
  const handle = await uniqueHandle(user.name)
  await db.user.create({ data: { email: user.email, name: user.name, handle, role: opts.role ?? 'MEMBER', locale: opts.locale ?? 'it', passwordHash: await hashPassword(user.password) } })
  console.log(JSON.stringify({ ...user, handle }))
  await db.$disconnect()
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
