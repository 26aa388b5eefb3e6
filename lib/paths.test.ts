import { describe, expect, it } from 'vitest'
import { localePath } from './paths'

describe('localePath', () => {
  it('localises paths as the app does: Italian at the root, English under /en', () => {
    expect(localePath('/', 'it')).toBe('/')
    expect(localePath('/', 'en')).toBe('/en')
    expect(localePath('/account/email', 'it')).toBe('/profilo/email')
    expect(localePath('/account/email', 'en')).toBe('/en/account/email')
    expect(localePath({ pathname: '/events/[id]', params: { id: 'abc' } }, 'it')).toBe('/eventi/abc')
    expect(localePath({ pathname: '/forum/t/[id]', params: { id: 't1' }, hash: 'post-4' }, 'en')).toBe('/en/forum/t/t1#post-4')
    expect(localePath({ pathname: '/reset-password', query: { token: 'a b' } }, 'it')).toBe('/reimposta-password?token=a+b')
  })
})
