import { describe, expect, it } from 'vitest'
import { adhesionSchema } from './network'
import { fieldErrorsOf } from '@/lib/form'

const good = {
  orgName: 'Comune di Prova',
  orgType: 'PUBLIC_ADMINISTRATION',
  taxCode: '00743110157',
  vatNumber: '',
  regionId: 'toscana',
  province: 'Prato',
  sector: 'Tessile',
  website: '',
  signatoryName: 'Anna Bianchi',
  signatoryRole: 'Sindaca',
  commitments: ['1', '4', '5', '7'],
  accept: 'on',
}
const errors = (over: Record<string, unknown>) => {
  const r = adhesionSchema.safeParse({ ...good, ...over })
  return r.success ? {} : fieldErrorsOf(r.error)
}

describe('adhesion validation', () => {
  it('says everything at once: a missing signatory and neither tax code nor VAT number in one submission (issue 17)', () => {
    expect(errors({ signatoryName: '', taxCode: '', vatNumber: '' })).toEqual({
      signatoryName: 'required',
      taxCode: 'taxCodeOrVatRequired',
    })
    // A field absent from the submission altogether stops zod's checks across fields unless they run anyway (everyError).
    expect(errors({ signatoryName: undefined, taxCode: '', vatNumber: '' })).toEqual({
      signatoryName: 'required',
      taxCode: 'taxCodeOrVatRequired',
    })
  })
  it('accepts a complete application and normalises the codes', () => {
    const r = adhesionSchema.parse({ ...good, vatNumber: 'IT 00743110157', commitments: '2' })
    expect(r.vatNumber).toBe('00743110157')
    expect(r.commitments).toEqual(['2'])
  })
  it('refuses bad tax codes and VAT numbers, with a message on the field', () => {
    expect(errors({ taxCode: '00743110158' })).toEqual({ taxCode: 'taxCodeInvalid' })
    expect(errors({ taxCode: 'RSSMRA85T10A562T' })).toEqual({ taxCode: 'taxCodeInvalid' })
    expect(errors({ vatNumber: '1234567890' })).toEqual({ vatNumber: 'vatInvalid' })
    expect(errors({ taxCode: '', vatNumber: '' })).toEqual({ taxCode: 'taxCodeOrVatRequired' })
  })
  it('reports a bad code together with the other mistakes', () => {
    expect(errors({ taxCode: '00743110158', accept: undefined, commitments: undefined })).toEqual({
      taxCode: 'taxCodeInvalid',
      accept: 'acceptRequired',
      commitments: 'commitmentRequired',
    })
  })
  it('requires the explicit acceptance and at least one commitment', () => {
    expect(errors({ accept: undefined })).toEqual({ accept: 'acceptRequired' })
    expect(errors({ commitments: undefined })).toEqual({ commitments: 'commitmentRequired' })
    expect(errors({ commitments: ['8'] })).toMatchObject({ 'commitments.0': 'invalid' })
  })
})
