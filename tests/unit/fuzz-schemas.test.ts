import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import it_ from '@/messages/it.json'
import { fieldErrorsOf, formObject } from '@/lib/form'

// Issue 12: every schema a server action parses, fed what an attacker could send — wrong types, huge values,
// control characters, deep nesting. Parsing never throws, and every refusal is a message the forms can show
// (a key of messages/*.json, never zod's default English text, which the form would show as "unexpected").
const modules = import.meta.glob<Record<string, unknown>>('../../lib/validations/*.ts', { eager: true })
const schemas = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([name, v]) => name.endsWith('Schema') && typeof (v as z.ZodType)?.safeParse === 'function')
    .map(([name, v]) => ({ name: `${file.split('/').pop()}:${name}`, schema: v as z.ZodType })),
)

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\r\n',
    '\u202e',
    '%',
    '%ff',
    '<script>alert(1)</script>',
    '=HYPERLINK("x")',
    '0000-01-01T00:00',
    '9'.repeat(40),
  ),
  fc.string({ minLength: 10_000, maxLength: 60_000 }),
)
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie('any'), { maxKeys: 4 }),
  ),
})).any
const deep = fc.integer({ min: 100, max: 3000 }).map((n) => {
  let v: unknown = 'x'
  for (let i = 0; i < n; i++) v = [v]
  return v
})

/** A plausible form body: the schema's own keys (from its shape, when it has one) with hostile values. */
function bodyFor(schema: z.ZodType): fc.Arbitrary<Record<string, unknown>> {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape
  const keys = shape ? Object.keys(shape) : ['title', 'body', 'email', 'eventId', 'postId', 'name']
  return fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(value, deep, hostileString)])), { requiredKeys: [] })
}

const known = new Set(Object.keys(it_.errors))

describe('fuzzing the action schemas (issue 12)', () => {
  it('finds the schemas', () => expect(schemas.length).toBeGreaterThanOrEqual(30))

  for (const { name, schema } of schemas) {
    it(`${name}: never throws, and refuses only with messages the forms know`, () => {
      fc.assert(
        fc.property(fc.oneof(bodyFor(schema), value, deep), (input) => {
          const r = schema.safeParse(input)
          if (r.success) return
          for (const [field, code] of Object.entries(fieldErrorsOf(r.error))) {
            expect(known.has(code), `${name}.${field}: "${code}"`).toBe(true)
          }
        }),
        { numRuns: 60 },
      )
    })
  }

  it('turns any form body into plain values without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), hostileString), { maxLength: 30 }), (pairs) => {
        const fd = new FormData()
        for (const [k, v] of pairs) fd.append(k, v)
        expect(typeof formObject(fd)).toBe('object')
      }),
      { numRuns: 200 },
    )
  })
})
