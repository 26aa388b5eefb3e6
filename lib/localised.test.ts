import { describe, expect, it } from 'vitest'
import { localised } from './localised'

describe('localised', () => {
  const cluster = { nameIt: 'Distretto conciario', nameEn: 'Tanning district', sectorIt: 'Concia', sectorEn: 'Tanning' }
  it('reads the field in the page language, Italian otherwise', () => {
    expect(localised(cluster, 'name', 'en')).toBe('Tanning district')
    expect(localised(cluster, 'sector', 'it')).toBe('Concia')
    expect(localised(cluster, 'name', 'de')).toBe('Distretto conciario')
  })
})
