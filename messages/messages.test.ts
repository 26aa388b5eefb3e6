import { describe, expect, it } from 'vitest'
import it_ from './it.json'
import en from './en.json'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('message files', () => {
  it('Italian and English have exactly the same keys', () => {
    const a = keys(it_).sort()
    const b = keys(en).sort()
    expect(a.filter((k) => !b.includes(k)), 'missing in en.json').toEqual([])
    expect(b.filter((k) => !a.includes(k)), 'missing in it.json').toEqual([])
  })
  it('no message is empty', () => {
    const empty = (o: object) => keys(o).filter((k) => k.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], o) === '')
    expect(empty(it_)).toEqual([])
    expect(empty(en)).toEqual([])
  })
  it('every validation message key used by the schemas exists', async () => {
    const src = ['auth', 'admin', 'organisation'].map((f) => import(`../lib/validations/${f}.ts?raw`))
    const codes = new Set<string>()
    for (const s of await Promise.all(src)) for (const m of String(s.default).matchAll(/[(,]\s*'([a-z][a-zA-Z]+)'\)|message: '([a-z][a-zA-Z]+)'/g)) codes.add((m[1] ?? m[2])!)
    expect(codes.size).toBeGreaterThanOrEqual(8)
    for (const c of codes) expect(Object.keys(it_.errors), c).toContain(c)
  })
})
