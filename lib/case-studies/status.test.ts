import { describe, expect, it } from 'vitest'
import { statusDateLabel } from './status'

const formatter = (locale: string) => ({
  dateTime: (d: Date, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, o).format(d),
})

describe('statusDateLabel', () => {
  it('gives day, month and year for a full date, in the reader’s language', () => {
    expect(statusDateLabel(formatter('it-IT'), '2025-11-18')).toBe('18 novembre 2025')
    expect(statusDateLabel(formatter('en-GB'), '2025-11-18')).toBe('18 November 2025')
  })

  it('gives only month and year when the source gives only the month', () => {
    expect(statusDateLabel(formatter('it-IT'), '2014-03')).toBe('marzo 2014')
    expect(statusDateLabel(formatter('en-GB'), '2007-09')).toBe('September 2007')
  })

  it('does not slip to the day before or after in far time zones', () => {
    const tz = process.env.TZ
    process.env.TZ = 'Pacific/Kiritimati'
    try {
      expect(statusDateLabel(formatter('it-IT'), '2017-11-16')).toBe('16 novembre 2017')
    } finally {
      process.env.TZ = tz
    }
  })
})
