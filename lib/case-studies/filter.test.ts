import { describe, expect, it } from 'vitest'
import { applyFilters, facetCounts, parseFilters, readingMinutes, type Listing } from './filter'

const item = (slug: string, o: Partial<Listing>): Listing => ({
  slug,
  title: slug,
  summary: '',
  text: '',
  instruments: ['apo'],
  regions: ['toscana'],
  sector: 'paper',
  scale: 'local',
  status: 'ended',
  start: 2000,
  end: 2005,
  ...o,
})
const items = [
  item('a', { instruments: ['apo', 'emas-cluster'], regions: ['toscana'], start: 2003, end: 2006, text: 'distretto cartario attività' }),
  item('b', { instruments: ['apea'], regions: ['toscana'], sector: 'textiles', start: 1990, end: null, status: 'active' }),
  item('c', { instruments: ['apo'], regions: ['friuli-venezia-giulia'], sector: 'furniture', start: 2004, end: 2018 }),
  item('d', { instruments: ['lca'], regions: ['emilia-romagna', 'toscana'], scale: 'international', start: 2022, end: 2025 }),
]
const none = parseFilters({})

describe('case-study filters', () => {
  it("filter by today's status (issue 18)", () => {
    expect(applyFilters(items, { ...none, status: ['active'] }).map((i) => i.slug)).toEqual(['b'])
    expect(parseFilters({ status: ['lapsed', 'x y'] }).status).toEqual(['lapsed'])
  })
  it('combine: OR inside a facet, AND across facets', () => {
    expect(applyFilters(items, { ...none, instrument: ['apo', 'apea'] }).map((i) => i.slug)).toEqual(['c', 'a', 'b'])
    expect(applyFilters(items, { ...none, instrument: ['apo'], region: ['toscana'] }).map((i) => i.slug)).toEqual(['a'])
  })
  it('select projects whose years overlap the range; ongoing ones have no end', () => {
    expect(
      applyFilters(items, { ...none, from: 2019 })
        .map((i) => i.slug)
        .sort(),
    ).toEqual(['b', 'd'])
    expect(
      applyFilters(items, { ...none, from: 2005, to: 2005 })
        .map((i) => i.slug)
        .sort(),
    ).toEqual(['a', 'b', 'c'])
  })
  it('searches words in any order, ignoring case and accents', () => {
    expect(applyFilters(items, { ...none, q: 'ATTIVITA cartario' }).map((i) => i.slug)).toEqual(['a'])
    expect(applyFilters(items, { ...none, q: 'nothing-like-this' })).toEqual([])
  })
  it('counts each option as if chosen, keeping the other facets', () => {
    const c = facetCounts(items, { ...none, region: ['toscana'] })
    expect(c.instrument.get('apo')).toBe(1)
    expect(c.instrument.get('lca')).toBe(1)
    expect(c.region.get('friuli-venezia-giulia')).toBe(1) // region counts ignore the region filter itself
    expect(c.sector.get('furniture')).toBeUndefined()
  })
  it('sorts', () => {
    expect(applyFilters(items, { ...none, sort: 'oldest' }).map((i) => i.slug)).toEqual(['b', 'a', 'c', 'd'])
    expect(applyFilters(items, { ...none, sort: 'title' }).map((i) => i.slug)).toEqual(['a', 'b', 'c', 'd'])
  })
  it('reads the URL defensively', () => {
    expect(parseFilters({ instrument: ['apo', '<script>'], from: '20x5', to: '2010', q: '  emas ', sort: 'drop table' })).toEqual({
      instrument: ['apo'],
      region: [],
      sector: [],
      scale: [],
      status: [],
      from: undefined,
      to: 2010,
      q: 'emas',
      sort: 'newest',
    })
  })
  it('estimates reading time at 200 words a minute, at least one', () => {
    expect(readingMinutes(50)).toBe(1)
    expect(readingMinutes(1000)).toBe(5)
  })
})
