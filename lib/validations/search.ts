import { z } from 'zod'
import { REGION_IDS } from '@/lib/territory'

export const SEARCH_TYPE_KEYS = ['caseStudy', 'practice', 'thread', 'post', 'event', 'organisation', 'glossary', 'territory'] as const

/** The search page's query string. Anything malformed falls back to "not set": a search URL never errors. */
export const searchParamsSchema = z.object({
  // A longer query keeps its first 100 characters (never dropped: the box shows what is searched).
  q: z
    .string()
    .transform((s) => s.trim().slice(0, 100).trim())
    .catch(''),
  type: z.enum(SEARCH_TYPE_KEYS).optional().catch(undefined),
  region: z.enum(REGION_IDS).optional().catch(undefined),
  district: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  sort: z.enum(['relevance', 'newest']).catch('relevance'),
  after: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,400}$/)
    .optional()
    .catch(undefined),
})
export type SearchParams = z.infer<typeof searchParamsSchema>

/** One value per key: the first, when a key is repeated. */
export const firstValues = (sp: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]))

export const suggestSchema = z.object({
  q: z.string().trim().min(2).max(100),
  locale: z.enum(['it', 'en']).catch('it'),
})
