/**
 * Italian tax identifiers, checked for format and check digit (not for existence, which only the Agenzia
 * delle Entrate knows).
 * - Partita IVA: 11 digits, the last a Luhn-style check digit (also the codice fiscale of companies and bodies).
 * - Codice fiscale of a person: 16 characters (surname, name, birth date and place, check letter); the
 *   "omocodia" variants (letters in place of digits) are accepted.
 */
export function isValidPartitaIva(input: string): boolean {
  const v = input.replace(/\s+/g, '').replace(/^IT/i, '')
  if (!/^\d{11}$/.test(v) || /^0{11}$/.test(v)) return false
  let sum = 0
  for (let i = 0; i < 10; i++) {
    let d = Number(v[i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return (10 - (sum % 10)) % 10 === Number(v[10])
}

const ODD: Record<string, number> = {
  0: 1,
  1: 0,
  2: 5,
  3: 7,
  4: 9,
  5: 13,
  6: 15,
  7: 17,
  8: 19,
  9: 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
}
const even = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65)

export function isValidPersonalCodiceFiscale(input: string): boolean {
  const v = input.replace(/\s+/g, '').toUpperCase()
  // Digits may be replaced by L M N P Q R S T U V (omocodia).
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(v)) return false
  let sum = 0
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? ODD[v[i]!]! : even(v[i]!)
  return String.fromCharCode(65 + (sum % 26)) === v[15]
}

/** An organisation's codice fiscale: 11 digits (as a partita IVA) or, for a sole trader, a person's 16 characters. */
export function isValidCodiceFiscale(input: string): boolean {
  const v = input.replace(/\s+/g, '')
  return /^\d{11}$/.test(v) ? isValidPartitaIva(v) : isValidPersonalCodiceFiscale(v)
}

export const normaliseTaxCode = (s: string) =>
  s
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/^IT(?=\d{11}$)/, '')
