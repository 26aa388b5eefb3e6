import { describe, expect, it } from 'vitest'
import { fieldErrorsOf } from '@/lib/form'
import { changePasswordSchema, registerSchema, resetPasswordSchema, signInSchema } from './auth'

const errors = (r: { success: boolean; error?: unknown }) => (r.success ? {} : fieldErrorsOf(r.error as never))

describe('registerSchema', () => {
  it('accepts a valid registration and normalises the e-mail', () => {
    const r = registerSchema.safeParse({ name: ' Anna Rossi ', email: ' Anna@Example.ORG ', password: 'lungaPassword1', locale: 'it' })
    expect(r.success && r.data).toEqual({ name: 'Anna Rossi', email: 'anna@example.org', password: 'lungaPassword1', locale: 'it' })
  })
  it('names each wrong field with a message key', () => {
    const r = registerSchema.safeParse({ name: '', email: 'not-an-email', password: 'short', locale: 'it' })
    expect(errors(r)).toEqual({ name: 'required', email: 'emailInvalid', password: 'passwordTooShort' })
  })
  it('refuses missing fields and unknown languages', () => {
    expect(errors(registerSchema.safeParse({ locale: 'fr' }))).toEqual({
      name: 'required',
      email: 'required',
      password: 'required',
      locale: 'required',
    })
  })
  it('limits lengths', () => {
    const r = registerSchema.safeParse({ name: 'x'.repeat(101), email: 'a@b.it', password: 'p'.repeat(129), locale: 'en' })
    expect(errors(r)).toEqual({ name: 'nameTooLong', password: 'passwordTooLong' })
  })
})

describe('password confirmation', () => {
  it('reset requires both passwords to match', () => {
    const r = resetPasswordSchema.safeParse({ token: 't'.repeat(43), password: 'abcdefgh12', confirm: 'abcdefgh13' })
    expect(errors(r)).toEqual({ confirm: 'passwordsDiffer' })
  })
  it('says everything at once: a missing current password and different passwords in one submission (issue 17)', () => {
    const r = changePasswordSchema.safeParse({ current: '', password: 'abcdefgh12', confirm: 'abcdefgh13' })
    expect(errors(r)).toEqual({ current: 'required', confirm: 'passwordsDiffer' })
    // A field absent from the submission altogether stops zod's checks across fields unless they run anyway (everyError).
    const absent = changePasswordSchema.safeParse({ password: 'abcdefgh12', confirm: 'abcdefgh13' })
    expect(errors(absent)).toEqual({ current: 'required', confirm: 'passwordsDiffer' })
  })
  it('change requires the current password', () => {
    const r = changePasswordSchema.safeParse({ current: '', password: 'abcdefgh12', confirm: 'abcdefgh12' })
    expect(errors(r)).toEqual({ current: 'required' })
  })
})

describe('signInSchema', () => {
  it('does not apply the length rule to existing passwords', () => {
    expect(signInSchema.safeParse({ email: 'a@b.it', password: 'x' }).success).toBe(true)
  })
})
