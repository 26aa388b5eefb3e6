import { describe, expect, it } from 'vitest'
import { linkHeader, localeAlternates } from './alternates'

describe('locale alternates', () => {
  it('maps a page to the same page in the other language, with its parameters', () => {
    expect(localeAlternates('/eventi/abc123')).toEqual({ locale: 'it', paths: { it: '/eventi/abc123', en: '/en/events/abc123' } })
    expect(localeAlternates('/en/good-practices/xyz')).toEqual({
      locale: 'en',
      paths: { it: '/buone-pratiche/xyz', en: '/en/good-practices/xyz' },
    })
    expect(localeAlternates('/')).toEqual({ locale: 'it', paths: { it: '/', en: '/en' } })
    expect(localeAlternates('/en')).toEqual({ locale: 'en', paths: { it: '/', en: '/en' } })
    expect(localeAlternates('/casi-studio/distretto-conciario-toscano')?.paths.en).toBe('/en/case-studies/distretto-conciario-toscano')
  })
  it('prefers fixed routes over parameters, and ignores what is not a page', () => {
    expect(localeAlternates('/buone-pratiche/nuova')?.paths.en).toBe('/en/good-practices/new')
    expect(localeAlternates('/no/such/page')).toBeNull()
    expect(localeAlternates('/eventi/%E0%A4%A')).toBeNull()
  })
  it('writes canonical and hreflang links', () => {
    expect(linkHeader('/en/events', 'https://x.org')).toBe(
      '<https://x.org/en/events>; rel="canonical", <https://x.org/eventi>; rel="alternate"; hreflang="it", <https://x.org/en/events>; rel="alternate"; hreflang="en", <https://x.org/eventi>; rel="alternate"; hreflang="x-default"',
    )
  })
})
