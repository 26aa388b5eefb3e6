import 'server-only'
import { db } from '@/server/db'
import { SEARCH_SOURCES, type SearchModel } from '@/lib/search/fields'

// Models whose updatedAt Prisma would move: indexing is not an edit, so it is written back unchanged.
const KEEPS_UPDATED_AT = new Set<SearchModel>(['practice', 'event', 'organisation'])

type Delegate = {
  findMany(args: unknown): Promise<Record<string, unknown>[]>
  update(args: unknown): Promise<unknown>
}

/**
 * Rows written before the search index existed (or before a change of the text analysis, whose migration sets the
 * columns back to null) get their stems, in batches. Runs with the seed on every start, so an upgraded database is
 * searchable before the app serves; it does nothing when every row is indexed. Returns how many rows it indexed.
 */
export async function indexMissing(batch = 500): Promise<number> {
  let total = 0
  for (const model of Object.keys(SEARCH_SOURCES) as SearchModel[]) {
    const { title, text } = SEARCH_SOURCES[model]
    const fields = ['id', ...title, ...text, ...(KEEPS_UPDATED_AT.has(model) ? ['updatedAt'] : [])]
    const select = Object.fromEntries(fields.map((f) => [f, true]))
    const delegate = (db as unknown as Record<string, Delegate>)[model]!
    for (;;) {
      const rows = await delegate.findMany({ where: { searchText: null }, select, take: batch })
      if (!rows.length) break
      await db.$transaction(
        // Writing the source fields back unchanged: the client (server/db) computes the search columns from them.
        rows.map(({ id, ...data }) => delegate.update({ where: { id }, data }) as never),
      )
      total += rows.length
    }
  }
  return total
}
