import { describe, expect, it } from 'vitest'
import { decodeInstruments, diffSnapshots, type PracticeSnapshot } from './practices'
import { encodeCodes } from './codes'

const snap = (over: Partial<PracticeSnapshot> = {}): PracticeSnapshot => ({
  title: 'Raccolta congiunta dei fanghi',
  summary: 'Sei imprese conferiscono insieme.',
  body: 'Il consorzio raccoglie i fanghi ogni mese.',
  instruments: ['EMAS'],
  theme: 'WASTE',
  sector: 'PAPER',
  regionId: 'toscana',
  clusterId: null,
  organisationId: null,
  caseStudySlug: null,
  results: [{ label: 'Costo di smaltimento', value: '-18', unit: '%' }],
  contact: '',
  ...over,
})

describe('good practices', () => {
  it('encodes instruments so that one code never matches inside another', () => {
    expect(encodeCodes(['EMAS', 'APO'])).toBe(',EMAS,APO,')
    expect(encodeCodes([])).toBe('')
    expect(decodeInstruments(',EMAS,APO,')).toEqual(['EMAS', 'APO'])
    expect(decodeInstruments(',EMAS,<script>,')).toEqual(['EMAS'])
  })

  it('diffs two revisions word by word, only where something changed', () => {
    const d = diffSnapshots(snap(), snap({ body: 'Il consorzio raccoglie i fanghi ogni due settimane.', instruments: ['EMAS', 'APO'] }))
    expect(d.map((x) => x.field)).toEqual(['body', 'instruments'])
    const body = d[0]!.parts
    expect(body.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['mese'])
    expect(body.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['due settimane'])
    expect(diffSnapshots(snap(), snap())).toEqual([])
  })

  it('diffs the first revision against nothing: everything is added', () => {
    const d = diffSnapshots(null, snap())
    expect(d.find((x) => x.field === 'title')!.parts).toEqual([{ value: 'Raccolta congiunta dei fanghi', added: true }])
    expect(d.find((x) => x.field === 'results')!.parts[0]!.value).toBe('Costo di smaltimento: -18 %')
  })
})
