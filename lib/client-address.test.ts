import { describe, expect, it } from 'vitest'
import { clientAddress } from './client-address'

describe('clientAddress', () => {
  it('takes the address the nearest trusted proxy saw', () => {
    expect(clientAddress('6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7')
    expect(clientAddress('6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7')
  })
  it('never goes left of the first entry and copes with nothing', () => {
    expect(clientAddress('203.0.113.7', 3)).toBe('203.0.113.7')
    expect(clientAddress(undefined)).toBe('unknown')
    expect(clientAddress(' , ')).toBe('unknown')
  })
})
