import { describe, expect, it } from 'vitest'
import { safeCallbackUrl } from './safe-callback'

describe('safeCallbackUrl', () => {
  it('keeps same-site paths', () => {
    expect(safeCallbackUrl('/en/account?x=1', '/')).toBe('/en/account?x=1')
  })
  it.each(['https://evil.example', '//evil.example', '/\\evil.example', '/api/auth/signout', 42, undefined])('refuses %s', (v) => {
    expect(safeCallbackUrl(v, '/')).toBe('/')
  })
})
