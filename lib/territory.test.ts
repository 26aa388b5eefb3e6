import { describe, expect, it } from 'vitest'
import { REGIONS, regionInSentence } from './territory'

describe('regionInSentence', () => {
  it('gives Italian region names their article', () => {
    expect(regionInSentence('toscana', 'it')).toBe('la Toscana')
    expect(regionInSentence('lazio', 'it')).toBe('il Lazio')
    expect(regionInSentence('emilia-romagna', 'it')).toBe("l'Emilia-Romagna")
    expect(regionInSentence('marche', 'it')).toBe('le Marche')
  })
  it('has an article for every region, and none in English', () => {
    for (const r of REGIONS) expect(regionInSentence(r.id, 'it')).not.toBe(r.nameIt)
    expect(regionInSentence('toscana', 'en')).toBe('Tuscany')
  })
})
