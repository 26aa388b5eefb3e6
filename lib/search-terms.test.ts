import { describe, expect, it } from 'vitest'
import { markParts, searchTerms } from './search-terms'

describe('search terms', () => {
  it('keeps letters and digits only, so nothing reaches the FTS syntax', () => {
    expect(searchTerms(`"EMAS" OR attività* -- ; DROP "Post"`)).toEqual(['emas', 'or', 'attività', 'drop', 'post'])
    expect(searchTerms('% _ a')).toEqual([])
  })
  it('marks excerpts from the database markers or from the words', () => {
    expect(markParts('il ⟦verificatore⟧ ha chiesto', [])).toEqual([
      { text: 'il ', match: false },
      { text: 'verificatore', match: true },
      { text: ' ha chiesto', match: false },
    ])
    expect(markParts('Chiede il Verificatore', ['verificatore'])).toEqual([
      { text: 'Chiede il ', match: false },
      { text: 'Verificatore', match: true },
    ])
  })
})
