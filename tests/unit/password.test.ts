import { describe, expect, it } from 'vitest'
import { hashPassword, isWeakPassword, verifyPassword } from '@/server/auth/password'

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('Distretto-cartario-2026')
    expect(h).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(h, 'Distretto-cartario-2026')).toBe(true)
    expect(await verifyPassword(h, 'distretto-cartario-2026')).toBe(false)
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false)
  })
  it('refuses common passwords and the e-mail name', () => {
    expect(isWeakPassword('password')).toBe(true)
    expect(isWeakPassword('Password')).toBe(true)
    expect(isWeakPassword('12345678')).toBe(true)
    expect(isWeakPassword('qwertyuiop')).toBe(true)
    expect(isWeakPassword('mario.rossi2026', 'mario.rossi@example.org')).toBe(true)
    expect(isWeakPassword('Distretto-cartario-2026', 'mario.rossi@example.org')).toBe(false)
  })
})
