import { describe, expect, it } from 'vitest'
import { handleFromName, slugify, uniqueSuffix } from './slug'

describe('slugify', () => {
  it('folds accents, drops punctuation and reads & as "e"', () => {
    expect(slugify('Città di Prato & C.')).toBe('citta-di-prato-e-c')
    expect(slugify('Consorzio ÀPEA — Zona Industriale')).toBe('consorzio-apea-zona-industriale')
  })
  it('cuts long text on a word boundary and falls back when nothing is left', () => {
    expect(slugify('Distretto conciario di Santa Croce sull Arno', { maxLength: 20 })).toBe('distretto-conciario')
    expect(slugify('—', { fallback: 'categoria' })).toBe('categoria')
  })
})

describe('handleFromName', () => {
  it('joins the words with dots', () => expect(handleFromName('Anna Bianchi')).toBe('anna.bianchi'))
  it('keeps handles at least three characters long', () => expect(handleFromName('Lu')).toBe('utente.lu'))
  it('never ends on a dot after cutting', () => expect(handleFromName('Maria Giovanna Francesca Benedetta')).not.toMatch(/\.$/))
})

describe('uniqueSuffix', () => {
  it('returns the base when free, else the first free numbered variant', async () => {
    const taken = new Set(['prato', 'prato-2'])
    expect(await uniqueSuffix('firenze', async (c) => taken.has(c))).toBe('firenze')
    expect(await uniqueSuffix('prato', async (c) => taken.has(c))).toBe('prato-3')
    expect(await uniqueSuffix('anna.bianchi', async (c) => c === 'anna.bianchi', '')).toBe('anna.bianchi2')
  })
})
