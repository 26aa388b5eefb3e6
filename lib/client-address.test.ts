import { describe, expect, it } from 'vitest'
import { clientAddress } from './client-address'

// The header as the app sees it: scripts/server.mjs has appended the socket's peer address.
describe('clientAddress', () => {
  it('with no proxy in front, takes the peer address, whatever the client wrote (issue 12)', () => {
    expect(clientAddress('203.0.113.7')).toBe('203.0.113.7')
    expect(clientAddress('6.6.6.6, 203.0.113.7')).toBe('203.0.113.7')
    expect(clientAddress('1.1.1.1, 2.2.2.2, 203.0.113.7', 0)).toBe('203.0.113.7')
  })
  it('with N trusted proxies, takes the address the outermost one saw', () => {
    // client → proxy (appends client) → server.mjs (appends proxy)
    expect(clientAddress('203.0.113.7, 10.0.0.2', 1)).toBe('203.0.113.7')
    expect(clientAddress('6.6.6.6, 203.0.113.7, 10.0.0.3, 10.0.0.2', 2)).toBe('203.0.113.7')
  })
  it('never goes left of the first entry and copes with nothing', () => {
    expect(clientAddress('203.0.113.7', 3)).toBe('203.0.113.7')
    expect(clientAddress(undefined)).toBe('unknown')
    expect(clientAddress(' , ')).toBe('unknown')
  })
})
