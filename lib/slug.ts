import slugifyText from '@sindresorhus/slugify'

/**
 * The one slugifier: ASCII words of the text joined by `separator` ("Città di Prato & C." → "citta-di-prato-e-c"),
 * cut to `maxLength` on a separator, or `fallback` when nothing is left.
 */
export function slugify(text: string, { separator = '-', maxLength = 60, fallback = 'x' } = {}): string {
  const s = slugifyText(text, { separator, customReplacements: [['&', ' e ']] })
  const cut =
    s.length > maxLength ? s.slice(0, maxLength).replace(new RegExp(`\\${separator}[^\\${separator}]*$`), '') || s.slice(0, maxLength) : s
  return cut || fallback
}

/** A mention handle from a person's name: "Anna Bianchi" → "anna.bianchi" (ASCII, 3–24 characters). */
export function handleFromName(name: string): string {
  const base = slugify(name, { separator: '.', maxLength: 24, fallback: '' })
  return base.length >= 3 ? base : `utente.${base || 'x'}`
}

/**
 * The first of base, base-2, base-3… that `isTaken` says is free (one unique-suffix rule for slugs and handles).
 * The unique index still decides under concurrency: callers retry or report on a conflict.
 */
export async function uniqueSuffix(base: string, isTaken: (candidate: string) => Promise<boolean>, separator = '-'): Promise<string> {
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? base : `${base}${separator}${i}`
    if (!(await isTaken(candidate))) return candidate
  }
}
