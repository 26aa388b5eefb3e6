import { describe, expect, it } from 'vitest'
import { line, text } from './fields'
import { registerSchema } from './auth'
import { newThreadSchema } from './forum'
import { fieldErrorsOf } from '@/lib/form'

describe('member text (issue 12)', () => {
  it.each(['Anna\u0000', 'Titolo\r\nATTACH:x', 'a\u001b[31m', 'x\u007f', 'tab\there'])('a line refuses control characters: %j', (v) => {
    expect(line().safeParse(v).error?.issues[0]?.message).toBe('controlCharacters')
  })
  it('a text keeps line breaks and tabs, refuses NUL and escape', () => {
    expect(text().parse('uno\r\ndue\n\ttre')).toBe('uno\r\ndue\n\ttre')
    expect(text().safeParse('uno\u0000').success).toBe(false)
    expect(text().safeParse('\u001b[2J').success).toBe(false)
  })
  it('normalises to NFC and trims', () => {
    expect(line().parse('  Cafe\u0301 ')).toBe('Café')
  })
  it('says so next to the field, in the forms that take names and titles', () => {
    const r = registerSchema.safeParse({ name: 'Anna\u0000Bianchi', email: 'a@b.it', password: 'una-password-lunga', locale: 'it' })
    expect(fieldErrorsOf(r.error!)).toEqual({ name: 'controlCharacters' })
    const t = newThreadSchema.safeParse({ categoryId: 'c', title: 'Titolo lungo\u0007 abbastanza', body: 'Testo' })
    expect(fieldErrorsOf(t.error!)).toEqual({ title: 'controlCharacters' })
  })
})
