import { describe, expect, it } from 'vitest'
import { ftsQuery, indexTerms, matchesTerms, queryTerms, snippet, tsQuery } from './analyze'
import { markdownToText } from './plain-text'

describe('search text analysis', () => {
  it('stems Italian word forms alike, folds accents, drops stop words', () => {
    const found = (doc: string, q: string) => matchesTerms(indexTerms(doc), queryTerms(q))
    expect(found('Le concerie del distretto', 'conceria')).toBe(true)
    expect(found('I distretti industriali', 'distretto')).toBe(true)
    expect(found('la registrazione EMAS', 'registrazioni')).toBe(true)
    expect(found('trattamento dei fanghi', 'fango')).toBe(true)
    expect(found('Perché aderire', 'perche')).toBe(true)
    expect(found('Riunione plenaria', 'plen')).toBe(true)
    expect(found('Riunione plenaria', 'fotovoltaico')).toBe(false)
    expect(queryTerms('il della e')).toEqual([])
    expect(indexTerms('Vedi https://example.com/fanghi e www.x.it')).toBe('ved')
  })
  it('gives both databases the same prefixes, with nothing of either query syntax', () => {
    const terms = queryTerms(`"distretti" OR conceria* :* & | ! ( ) {x} NEAR -- ;`)
    expect(terms.flat().every((f) => /^[\p{L}\p{N}]+$/u.test(f))).toBe(true)
    expect(ftsQuery(queryTerms('distretti conceria'))).toBe('(("distrett"*) AND ("concer"*))')
    expect(tsQuery(queryTerms('distretti conceria'))).toBe('(distrett:*) & (concer:*)')
    expect(ftsQuery(queryTerms('distretti'), 'searchTitle')).toBe('{searchTitle} : (("distrett"*))')
  })
  it('makes clean excerpts around the first match, with matches marked', () => {
    const text = markdownToText('# Titolo\n\n**Programma** della [plenaria](https://x.it/a), vedi https://example.com/x\n\n- uno\n- due')
    expect(text).toBe('Titolo Programma della plenaria, vedi uno due')
    const parts = snippet('Il distretto conciario toscano riunisce le concerie di Santa Croce', queryTerms('conceria'))
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['concerie'])
    expect(parts.map((p) => p.text).join('')).toBe('Il distretto conciario toscano riunisce le concerie di Santa Croce')
  })
})

describe('the search page query string', () => {
  it('keeps a long query (its first 100 characters) and turns malformed filters into "not set"', async () => {
    const { searchParamsSchema } = await import('@/lib/validations/search')
    const p = searchParamsSchema.parse({ q: `  ${'distretto '.repeat(15)}`, type: 'nope', year: 'x', region: 'atlantide', sort: 'z' })
    expect(p.q).toBe('distretto '.repeat(10).trim())
    expect(p).toMatchObject({ type: undefined, year: undefined, region: undefined, sort: 'relevance' })
  })
})
