import { stringify } from 'csv-stringify/sync'

/**
 * A CSV file for spreadsheet programs: every cell quoted, Windows line ends, a BOM so that accents survive, and
 * member-typed text that starts like a formula (=, +, -, @, tab, CR) prefixed with an apostrophe (OWASP: CSV
 * injection), so a spreadsheet shows it as text instead of running it.
 */
export function toCsv(rows: readonly (readonly string[])[], { delimiter = ',' }: { delimiter?: ',' | ';' } = {}): string {
  return (
    '\uFEFF' +
    stringify(rows as string[][], { quoted: true, quoted_empty: true, escape_formulas: true, record_delimiter: 'windows', delimiter })
  )
}

/**
 * The separator a spreadsheet program expects in the reader's language: Italian settings use the comma as the decimal
 * mark, so Excel and LibreOffice there split CSV columns on ";".
 */
export const csvDelimiter = (locale: string): ',' | ';' => (locale === 'it' ? ';' : ',')
