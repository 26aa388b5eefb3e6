import 'server-only'
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { z } from 'zod'

const envSchema = z.object({
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with "file:" (SQLite) or "postgresql://"')
    .optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (generate one with `openssl rand -base64 48`)').optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.url('must be an absolute URL such as https://cartesio.example.org').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Cartesio <no-reply@cartesio.invalid>'),
  SEED_DEMO: z.enum(['true', 'false'], 'must be "true" or "false"').default('true'),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
})

export type Env = z.infer<typeof envSchema> & { DATABASE_URL: string; APP_URL: string; provider: 'sqlite' | 'postgresql' }

/** Parses process.env; throws one readable message listing every wrong variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''))
  const result = envSchema.safeParse(cleaned)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`)
  }
  const e = result.data
  const dataDir = path.resolve(e.DATA_DIR)
  const DATABASE_URL = e.DATABASE_URL ?? `file:${path.join(dataDir, 'cartesio.db')}`
  const provider = DATABASE_URL.startsWith('file:') ? 'sqlite' : 'postgresql'
  if (provider === 'postgresql' && !e.AUTH_SECRET) {
    throw new Error(
      'Invalid environment configuration:\n  - AUTH_SECRET: required with PostgreSQL, so that every app instance shares it.\nSee .env.example.',
    )
  }
  return { ...e, DATA_DIR: dataDir, DATABASE_URL, provider, APP_URL: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '') }
}

let cached: Env | undefined
export function env(): Env {
  cached ??= parseEnv()
  return cached
}

/** SQLite path from a file: URL, relative paths resolved against the working directory. */
export function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ''))
}

/**
 * The secret that signs sessions. From AUTH_SECRET, or (embedded default) generated once and kept in the
 * data folder, so that no variable is needed and restarts keep sessions valid.
 */
export function authSecret(): string {
  const e = env()
  if (e.AUTH_SECRET) return e.AUTH_SECRET
  const file = path.join(e.DATA_DIR, 'auth-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(e.DATA_DIR, { recursive: true })
    try {
      fs.writeFileSync(file, crypto.randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    return fs.readFileSync(file, 'utf8').trim()
  }
}
