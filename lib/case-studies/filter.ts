import type { Instrument, Scale, Sector, Status } from './schema'

// Pure filtering, counting and sorting for the case-study list; unit-tested in filter.test.ts.

export type Listing = {
  slug: string
  title: string
  summary: string
  text: string
  instruments: readonly Instrument[]
  regions: readonly string[]
  sector: Sector
  scale: Scale
  status: Status
  start: number
  end: number | null
}

export type Filters = {
  instrument: string[]
  region: string[]
  sector: string[]
  scale: string[]
  status: string[]
  from?: number
  to?: number
  q?: string
  sort: 'newest' | 'oldest' | 'title'
}

export const FACETS = ['instrument', 'region', 'sector', 'scale', 'status'] as const
type Facet = (typeof FACETS)[number]

const values = (l: Listing, f: Facet): readonly string[] =>
  f === 'instrument' ? l.instruments : f === 'region' ? l.regions : f === 'sector' ? [l.sector] : f === 'scale' ? [l.scale] : [l.status]

/** Lower-case, accents removed, so "attività" matches "attivita". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

function matchesText(l: Listing, q: string | undefined): boolean {
  if (!q) return true
  const hay = fold(`${l.title} ${l.summary} ${l.text}`)
  return fold(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w))
}

/** A project spanning start..end (end null = ongoing) overlaps the asked years. */
function matchesYears(l: Listing, from?: number, to?: number): boolean {
  const end = l.end ?? Number.POSITIVE_INFINITY
  return (from === undefined || end >= from) && (to === undefined || l.start <= to)
}

function matches(l: Listing, f: Filters, except?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet === except || f[facet].length === 0) continue
    if (!values(l, facet).some((v) => f[facet].includes(v))) return false
  }
  return matchesYears(l, f.from, f.to) && matchesText(l, f.q)
}

export function applyFilters<T extends Listing>(items: readonly T[], f: Filters): T[] {
  const out = items.filter((l) => matches(l, f))
  const byTitle = (a: T, b: T) => a.title.localeCompare(b.title)
  out.sort(
    f.sort === 'title'
      ? byTitle
      : f.sort === 'oldest'
        ? (a, b) => a.start - b.start || byTitle(a, b)
        : (a, b) => b.start - a.start || byTitle(a, b),
  )
  return out
}

/** For each facet value: how many results there would be with that value chosen (other facets kept). */
export function facetCounts(items: readonly Listing[], f: Filters): Record<Facet, Map<string, number>> {
  const out = {} as Record<Facet, Map<string, number>>
  for (const facet of FACETS) {
    const counts = new Map<string, number>()
    for (const l of items) if (matches(l, f, facet)) for (const v of values(l, facet)) counts.set(v, (counts.get(v) ?? 0) + 1)
    out[facet] = counts
  }
  return out
}

/** Reads filters from URL search params, ignoring anything malformed. */
export function parseFilters(sp: Record<string, string | string[] | undefined>): Filters {
  const list = (k: string) => {
    const v = sp[k]
    return (Array.isArray(v) ? v : v ? [v] : []).filter((x) => /^[a-z0-9-]{1,40}$/.test(x))
  }
  const num = (k: string) => {
    const v = sp[k]
    const n = typeof v === 'string' && /^\d{4}$/.test(v) ? Number(v) : undefined
    return n
  }
  const q = typeof sp.q === 'string' ? sp.q.trim().slice(0, 100) : undefined
  const sort = sp.sort === 'oldest' || sp.sort === 'title' ? sp.sort : 'newest'
  return {
    instrument: list('instrument'),
    region: list('region'),
    sector: list('sector'),
    scale: list('scale'),
    status: list('status'),
    from: num('from'),
    to: num('to'),
    q: q || undefined,
    sort,
  }
}

/** Words per minute for the reading-time estimate. */
export const readingMinutes = (words: number) => Math.max(1, Math.round(words / 200))
