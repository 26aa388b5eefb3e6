import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/server/env'

describe('environment', () => {
  it('needs nothing for the embedded default', () => {
    const e = parseEnv({})
    expect(e.provider).toBe('sqlite')
    expect(e.DATABASE_URL).toMatch(/^file:.*data\/cartesio\.db$/)
    expect(e.APP_URL).toBe('http://localhost:3000')
    expect(e.SEED_DEMO).toBe('true')
  })
  it('switches to PostgreSQL by URL and then requires a shared secret', () => {
    expect(() => parseEnv({ DATABASE_URL: 'postgresql://u@h/db' })).toThrow(/AUTH_SECRET: required with PostgreSQL/)
    expect(parseEnv({ DATABASE_URL: 'postgresql://u@h/db', AUTH_SECRET: 'x'.repeat(32) }).provider).toBe('postgresql')
  })
  it('lists every wrong variable in one readable message', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', PORT: 'abc', SEED_DEMO: 'yes' })).toThrow(
      /DATABASE_URL: must start with "file:".*\n.*PORT.*\n.*SEED_DEMO: must be "true" or "false"/s,
    )
  })
})
