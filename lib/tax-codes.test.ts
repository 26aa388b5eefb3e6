import { describe, expect, it } from 'vitest'
import { isValidCodiceFiscale, isValidPartitaIva, isValidPersonalCodiceFiscale, normaliseTaxCode } from './tax-codes'

describe('Italian tax codes', () => {
  it('checks the partita IVA check digit', () => {
    // 00743110157 is a widely published sample number with a correct check digit.
    expect(isValidPartitaIva('00743110157')).toBe(true)
    expect(isValidPartitaIva('IT00743110157')).toBe(true)
    expect(isValidPartitaIva('00743110158')).toBe(false) // wrong check digit
    expect(isValidPartitaIva('0074311015')).toBe(false) // 10 digits
    expect(isValidPartitaIva('00000000000')).toBe(false)
    expect(isValidPartitaIva('ABCDEFGHIJK')).toBe(false)
  })

  it('checks a person’s codice fiscale, omocodia included', () => {
    expect(isValidPersonalCodiceFiscale('RSSMRA85T10A562S')).toBe(true)
    expect(isValidPersonalCodiceFiscale('rssmra85t10a562s')).toBe(true)
    expect(isValidPersonalCodiceFiscale('RSSMRA85T10A562T')).toBe(false) // wrong check letter
    expect(isValidPersonalCodiceFiscale('RSSMRA85Z10A562S')).toBe(false) // no month Z
    expect(isValidPersonalCodiceFiscale('RSSMRA85T10A56')).toBe(false)
  })

  it('accepts an organisation’s 11-digit codice fiscale or a sole trader’s 16 characters', () => {
    expect(isValidCodiceFiscale('00743110157')).toBe(true)
    expect(isValidCodiceFiscale('RSSMRA85T10A562S')).toBe(true)
    expect(isValidCodiceFiscale('12345678901')).toBe(false)
    expect(normaliseTaxCode(' it 00743110157 ')).toBe('00743110157')
  })
})
