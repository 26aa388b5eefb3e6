import { describe, expect, it } from 'vitest'
import it_ from './it.json'
import en from './en.json'
// The compiler next-intl uses at build time (a dependency of next-intl).
import compile from 'icu-minify/compile'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('message files', () => {
  it('Italian and English have exactly the same keys', () => {
    const a = keys(it_).sort()
    const b = keys(en).sort()
    expect(
      a.filter((k) => !b.includes(k)),
      'missing in en.json',
    ).toEqual([])
    expect(
      b.filter((k) => !a.includes(k)),
      'missing in it.json',
    ).toEqual([])
  })
  it('no message is empty', () => {
    const empty = (o: object) => keys(o).filter((k) => k.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], o) === '')
    expect(empty(it_)).toEqual([])
    expect(empty(en)).toEqual([])
  })
  // Messages are compiled at build time (next.config.mjs); a message that is nothing but a plural or select with an
  // empty branch then formats to no text at all, which the browser's formatter refuses (INVALID_MESSAGE): say the
  // empty case in the component instead (the map's "other regions" line did this with count 0).
  it('no message can format to nothing', () => {
    const lone = (o: object) =>
      keys(o).filter((k) => {
        const c = compile(String(k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o))) as unknown
        const [only] = Array.isArray(c) && c.length === 1 ? (c as unknown[][]) : []
        return Array.isArray(only) && typeof only[1] === 'number' && Object.values((only[2] ?? {}) as object).includes('')
      })
    expect(lone(it_)).toEqual([])
    expect(lone(en)).toEqual([])
  })
  // Every file of each folder, so a new one is covered without touching this test.
  const sources = (files: Record<string, unknown>) => Object.entries(files).map(([file, text]) => ({ file, text: String(text) }))
  const validations = sources(import.meta.glob('../lib/validations/*.ts', { query: '?raw', import: 'default', eager: true }))
  const server = sources(import.meta.glob('../server/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true }))

  it('every message key the zod schemas give exists in both languages', () => {
    const codes = new Set<string>()
    for (const { text } of validations) {
      // .min(1, 'code') · z.string('code') · z.enum([...], 'code') · message: 'code' — but not z.literal('value'), .default('value') nor .catch('value')
      for (const m of text.matchAll(
        /(?<!literal|default|catch)\(\s*'([a-z][a-zA-Z]+)'\)|,\s*'([a-z][a-zA-Z]+)'\)|message: '([a-z][a-zA-Z]+)'/g,
      ))
        codes.add((m[1] ?? m[2] ?? m[3])!)
    }
    expect(validations.length).toBeGreaterThanOrEqual(9)
    expect(codes.size).toBeGreaterThanOrEqual(40)
    for (const c of codes) {
      expect(Object.keys(it_.errors), c).toContain(c)
      expect(Object.keys(en.errors), c).toContain(c)
    }
  })

  it('every error code a command returns has a message in both languages', () => {
    const codes = new Set<string>()
    for (const { text } of server) {
      for (const m of text.matchAll(/\bfail\('([a-zA-Z]+)'/g)) codes.add(m[1]!)
      for (const m of text.matchAll(/\bfieldFail\(\{([^}]*)\}/g)) for (const v of m[1]!.matchAll(/:\s*'([a-zA-Z]+)'/g)) codes.add(v[1]!)
    }
    expect(codes.size).toBeGreaterThanOrEqual(15)
    for (const c of codes) {
      expect(Object.keys(it_.errors), c).toContain(c)
      expect(Object.keys(en.errors), c).toContain(c)
    }
  })
})
