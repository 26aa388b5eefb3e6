import 'server-only'
import { hash, verify } from '@node-rs/argon2'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
// Mozilla's list of common passwords (Firefox Accounts), ~10k entries.
const common: { test(password: string): boolean } = require('fxa-common-password-list')

// OWASP's argon2id recommendation: m=19 MiB, t=2, p=1.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 }

export const hashPassword = (password: string) => hash(password, OPTIONS)

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** Equalises timing when no account matches, so response time does not reveal registered e-mails. */
let dummy: Promise<string> | undefined
export async function burnVerify(password: string) {
  dummy ??= hashPassword('not-a-real-password-' + Math.random())
  await verifyPassword(await dummy, password)
}

/** A password is weak when it is on the common list (case-insensitive) or is the e-mail's local part. */
export function isWeakPassword(password: string, email?: string): boolean {
  const p = password.toLowerCase()
  if (common.test(p) || common.test(password)) return true
  const local = email?.split('@')[0]?.toLowerCase()
  return !!local && local.length >= 3 && p.includes(local)
}
