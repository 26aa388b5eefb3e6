import { describe, expect, it } from 'vitest'
import { currentSection } from './sections'

describe('currentSection', () => {
  it('marks the home only on the home', () => {
    expect(currentSection('/')).toBe('/')
    expect(currentSection('/search')).toBeNull()
  })
  it('marks a section on its pages and sub-pages', () => {
    expect(currentSection('/forum')).toBe('/forum')
    expect(currentSection('/forum/t/abc')).toBe('/forum')
    expect(currentSection('/case-studies/livenza')).toBe('/case-studies')
    expect(currentSection('/events/')).toBe('/events')
  })
  it('does not mark a section whose path is only a prefix of another word', () => {
    expect(currentSection('/forumx')).toBeNull()
  })
  it('puts territory and district pages under the network', () => {
    expect(currentSection('/territories/toscana')).toBe('/network')
    expect(currentSection('/districts/prato')).toBe('/network')
    expect(currentSection('/network/members/x')).toBe('/network')
  })
})
