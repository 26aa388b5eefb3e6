import { describe, expect, it } from 'vitest'
import { safeCallbackUrl } from './safe-callback'

const origin = 'https://cartesio.example'

describe('safeCallbackUrl', () => {
  it('keeps same-site paths, normalised', () => {
    expect(safeCallbackUrl('/en/account?x=1', '/', origin)).toBe('/en/account?x=1')
    expect(safeCallbackUrl('https://cartesio.example/profilo#a', '/', origin)).toBe('/profilo#a')
    expect(safeCallbackUrl('/forum/../profilo', '/', origin)).toBe('/profilo')
  })
  it.each([
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    // Issue 12: browsers drop tab, CR and LF before navigating, so "/<tab>/evil.example" is "//evil.example".
    '/\t/evil.example/d',
    '/\n/evil.example/d',
    '/\r/evil.example/d',
    ' //evil.example',
    'javascript:alert(1)',
    'http://cartesio.example/profilo',
    '/api/auth/signout',
    42,
    undefined,
    `/${'a'.repeat(3000)}`,
  ])('refuses %j', (v) => {
    expect(safeCallbackUrl(v, '/', origin)).toBe('/')
  })
})
