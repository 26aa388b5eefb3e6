/** A mention handle from a person's name: "Anna Bianchi" → "anna.bianchi" (ASCII, 3–30 chars). */
export function handleFromName(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 24)
    .replace(/\.+$/, '')
  return base.length >= 3 ? base : `utente.${base || 'x'}`
}
