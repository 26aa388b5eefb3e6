/**
 * A list of short codes stored in one text column, wrapped in commas: ["EMAS","APO"] ⇄ ",EMAS,APO,".
 * Then `contains: ",APO,"` finds exactly one code on SQLite and PostgreSQL alike (no "APO" inside "APOX").
 */
export const encodeCodes = (list: readonly string[]) => (list.length ? `,${list.join(',')},` : '')
export const decodeCodes = (s: string) => s.split(',').filter(Boolean)
