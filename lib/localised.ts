import type { Locale } from '@/i18n/routing'

type Bilingual<K extends string> = { [P in `${K}It` | `${K}En`]: unknown }

/**
 * The field of a record stored in both languages (`nameIt`/`nameEn`, `descriptionIt`/`descriptionEn`…) in the
 * page's language: `localised(cluster, 'name', locale)`. Italian is the fallback for any other locale.
 */
export function localised<R extends Bilingual<K>, K extends string>(record: R, field: K, locale: Locale | string): R[`${K}It`] {
  const key = locale === 'en' ? `${field}En` : `${field}It`
  return record[key as `${K}It`]
}
