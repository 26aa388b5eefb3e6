/** Words of a search query: letters and digits only (so they are safe in FTS syntax), lower case, 2+ chars, at most 6. */
export function searchTerms(q: string): string[] {
  const words = (
    q
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w) => w.length >= 2)
  return [...new Set(words)].slice(0, 6)
}

/** Splits an excerpt carrying ⟦…⟧ markers, or plain text matched against the words, into marked parts. */
export function markParts(text: string, words: string[]): { text: string; match: boolean }[] {
  if (text.includes('⟦')) {
    return text
      .split(/(⟦[^⟧]*⟧)/)
      .filter(Boolean)
      .map((part) => (part.startsWith('⟦') ? { text: part.slice(1, -1), match: true } : { text: part.replace(/[⟦⟧]/g, ''), match: false }))
  }
  if (!words.length) return [{ text, match: false }]
  const re = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu')
  return text
    .split(re)
    .filter(Boolean)
    .map((part) => ({ text: part, match: words.includes(part.toLowerCase()) }))
}
