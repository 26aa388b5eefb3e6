import { describe, expect, it } from 'vitest'
import { completenessErrors, practiceSchema } from './practices'
import { fieldErrorsOf } from '@/lib/form'

const base = { title: 'Depuratore consortile', intent: 'save' }

describe('practice validation', () => {
  it('reads result rows, accepts comma decimals and drops empty rows', () => {
    const p = practiceSchema.parse({
      ...base,
      resultLabel: ['Acqua riutilizzata', '', 'Costo'],
      resultValue: ['3,5', '', '-18'],
      resultUnit: ['Mm³/anno', '', '%'],
    })
    expect(p.results).toEqual([
      { label: 'Acqua riutilizzata', value: '3.5', unit: 'Mm³/anno' },
      { label: 'Costo', value: '-18', unit: '%' },
    ])
  })
  it('says what is wrong in each row instead of cutting or dropping text', () => {
    const r = practiceSchema.safeParse({
      ...base,
      resultLabel: ['', 'x'.repeat(121)],
      resultValue: ['tre', '1'],
      resultUnit: ['', 'u'.repeat(31)],
    })
    expect(r.success).toBe(false)
    expect(fieldErrorsOf(r.error!)).toEqual({
      'resultLabel.0': 'required',
      'resultValue.0': 'numberInvalid',
      'resultLabel.1': 'tooLong',
      'resultUnit.1': 'tooLong',
    })
  })
  it('a draft needs only a title; submitting needs what a reviewer relies on', () => {
    const draft = practiceSchema.parse(base)
    expect(completenessErrors(draft)).toEqual({
      summary: 'required',
      body: 'required',
      instruments: 'instrumentRequired',
      theme: 'required',
      regionId: 'territoryRequired',
    })
    expect(practiceSchema.safeParse({ ...base, body: 'x'.repeat(50_001) }).error?.issues[0]?.message).toBe('practiceBodyTooLong')
  })
})
