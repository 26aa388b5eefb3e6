import { describe, expect, it } from 'vitest'
import { markdownToLines, markdownToText } from './plain-text'

describe('Markdown as plain text', () => {
  it('for calendars: no Markdown marks, paragraphs and items on their own lines, links with their address', () => {
    expect(
      markdownToLines('**Programma**\n\n- saluti\n- [attestato APO](https://example.org/apo) e _rinnovo_\n\nInfo: <https://example.org>'),
    ).toBe('Programma\n\n- saluti\n- attestato APO (https://example.org/apo) e rinnovo\n\nInfo: https://example.org')
  })
  it('for search snippets: one line, URLs dropped', () => {
    expect(markdownToText('**Programma**\n\nVedi https://example.org/x qui')).toBe('Programma Vedi qui')
  })
})
