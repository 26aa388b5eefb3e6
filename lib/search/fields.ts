import { indexTerms } from './analyze'

/**
 * Which columns feed the search index of each searchable model: "searchTitle" from the title fields, "searchText"
 * from the rest. The database client computes both on every write that sets them (server/db), so no command can
 * forget the index; a partial update of one group would leave stale stems, so it is refused.
 */
export const SEARCH_SOURCES = {
  thread: { title: ['title'], text: ['tags'] },
  post: { title: [], text: ['body'] },
  practice: { title: ['title'], text: ['summary', 'body'] },
  event: { title: ['title'], text: ['description', 'city', 'address'] },
  organisation: { title: ['name'], text: ['sector', 'province'] },
} as const satisfies Record<string, { title: readonly string[]; text: readonly string[] }>

export type SearchModel = keyof typeof SEARCH_SOURCES
export const isSearchModel = (m: string): m is SearchModel => m in SEARCH_SOURCES

type Data = Record<string, unknown>

/** The data with searchTitle/searchText added where its source fields are set (create: all of them, absent = empty). */
export function withSearchFields(model: SearchModel, data: Data, mode: 'create' | 'update'): Data {
  const out: Data = { ...data }
  for (const [column, fields] of [
    ['searchTitle', SEARCH_SOURCES[model].title],
    ['searchText', SEARCH_SOURCES[model].text],
  ] as const) {
    const present = fields.filter((f) => data[f] !== undefined)
    if (mode === 'create') {
      out[column] = indexTerms(fields.map((f) => text(model, f, data[f])).join('\n'))
      continue
    }
    if (!present.length) continue
    if (present.length < fields.length)
      throw new Error(`${model}: update ${fields.join(', ')} together (they make up the search index's ${column})`)
    out[column] = indexTerms(fields.map((f) => text(model, f, data[f])).join('\n'))
  }
  return out
}

function text(model: string, field: string, v: unknown): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return field === 'tags' ? v.replaceAll(',', ' ') : v
  throw new Error(`${model}.${field}: the search index needs a plain value, not ${JSON.stringify(v)}`)
}
