import 'server-only'
import type { z } from 'zod'
import { ok, type ActionResult } from '@/lib/form'
import { localePath } from '@/lib/paths'
import type { suggestSchema } from '@/lib/validations/search'
import { suggest, type SearchType } from './query'

export type Suggestion = { type: SearchType; title: string; href: string }

/** The header box's suggestions: the best five titles across types, as plain text and a localised link. */
export async function searchSuggestions({
  q,
  locale,
}: z.infer<typeof suggestSchema>): Promise<ActionResult<{ suggestions: Suggestion[] }>> {
  const hits = await suggest(q, locale)
  return ok({
    suggestions: hits.map((h) => ({ type: h.type, title: h.title.map((p) => p.text).join(''), href: localePath(h.href, locale) })),
  })
}
