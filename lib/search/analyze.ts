import { newStemmer } from 'snowball-stemmers'
import { eng, ita } from 'stopword'

// One text analysis for every search, applied when indexing and when querying, so the embedded SQLite (FTS5) and
// PostgreSQL (tsvector 'simple') see the same tokens: accents folded, lower case, Snowball stems (Italian or
// English), stop words dropped. The databases only match the prepared tokens; neither stems on its own.

export type SearchLang = 'it' | 'en'

const stemmers = { it: newStemmer('italian'), en: newStemmer('english') }

/** "perché" → "perche", "Città" → "citta": decomposed, combining marks dropped, lower case. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

// Folded, like the words they are compared with. "perche" is kept: a word people search for ("perché" finds it).
const STOP = new Set([...ita, ...eng].map(fold).filter((w) => w !== 'perche'))

/** Words of a text: letters and digits only (so nothing reaches FTS or tsquery syntax), folded. */
export function words(text: string): string[] {
  return fold(text.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? []
}

// Stems repeat a lot (a forum uses a few thousand words): a bounded memo keeps indexing 500,000 posts quick.
const memo = { it: new Map<string, string>(), en: new Map<string, string>() }
export function stem(word: string, lang: SearchLang): string {
  const m = memo[lang]
  let s = m.get(word)
  if (s === undefined) {
    s = stemmers[lang].stem(word)
    if (m.size > 50_000) m.clear()
    m.set(word, s)
  }
  return s
}

/** What the index stores for a text: its stems, space-separated (duplicates kept once, order kept). */
export function indexTerms(text: string, lang: SearchLang = 'it'): string {
  const out = new Set<string>()
  // Addresses are not words: "https", "www" and domains would match everything that links anywhere.
  for (const w of words(text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' '))) if (w.length > 1 && !STOP.has(w)) out.add(stem(w, lang))
  return [...out].join(' ')
}

/**
 * A query's words, each with the forms it matches by prefix: its Italian and English stems (the reader's language
 * is not the text's: both are tried). At most six words; stop words and one-letter words are dropped.
 */
export function queryTerms(q: string): string[][] {
  const ws = [...new Set(words(q).filter((w) => w.length > 1 && !STOP.has(w)))].slice(0, 6)
  return ws.map((w) => {
    const forms = [...new Set([stem(w, 'it'), stem(w, 'en')])]
    // A form that another form starts with is covered by that one's prefix match.
    return forms.filter((f) => !forms.some((g) => g !== f && f.startsWith(g)))
  })
}

/** Whether indexed terms (indexTerms' output) contain every query word, by prefix: the in-memory matcher. */
export function matchesTerms(indexed: string, terms: string[][]): boolean {
  if (!terms.length) return false
  const tokens = indexed.split(' ')
  return terms.every((forms) => tokens.some((t) => forms.some((f) => t.startsWith(f))))
}

/** SQLite FTS5 query: each word's forms as quoted prefixes; `column` limits it to one column. */
export function ftsQuery(terms: string[][], column?: string): string {
  const expr = terms.map((forms) => `(${forms.map((f) => `"${f}"*`).join(' OR ')})`).join(' AND ')
  return column ? `{${column}} : (${expr})` : `(${expr})`
}

/** PostgreSQL tsquery (to_tsquery('simple', …)): the same prefixes. */
export function tsQuery(terms: string[][]): string {
  return terms.map((forms) => `(${forms.map((f) => `${f}:*`).join(' | ')})`).join(' & ')
}

export type MarkedPart = { text: string; match: boolean }

/**
 * A clean excerpt of plain text around the first matched word, matches marked: words whose stem starts with a
 * query form (in either language). `max` characters at most, cut at word boundaries.
 */
export function snippet(text: string, terms: string[][], max = 220): MarkedPart[] {
  const forms = terms.flat()
  const isMatch = (w: string) => {
    const f = fold(w)
    return forms.some((x) => stem(f, 'it').startsWith(x) || stem(f, 'en').startsWith(x) || f.startsWith(x))
  }
  const re = /[\p{L}\p{N}]+/gu
  let first = -1
  for (const m of text.matchAll(re))
    if (isMatch(m[0])) {
      first = m.index
      break
    }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(max / 3))
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space < 0 || space > first ? start : space + 1
  }
  let end = Math.min(text.length, start + max)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start + max / 2) end = space
  }
  const slice = text.slice(start, end)
  const parts: MarkedPart[] = []
  let last = 0
  for (const m of slice.matchAll(re)) {
    if (!isMatch(m[0])) continue
    if (m.index > last) parts.push({ text: slice.slice(last, m.index), match: false })
    parts.push({ text: m[0], match: true })
    last = m.index + m[0].length
  }
  if (last < slice.length) parts.push({ text: slice.slice(last), match: false })
  if (start > 0) parts.unshift({ text: '… ', match: false })
  if (end < text.length) parts.push({ text: ' …', match: false })
  return parts
}
