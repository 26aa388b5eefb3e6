/** "2003–2006", "1990–ongoing" (still active) or "since 2004" (no known end). */
export function yearsLabel(
  t: (key: 'yearsValue' | 'yearsSince' | 'ongoing', values?: Record<string, string | number>) => string,
  years: { start: number; end: number | null },
  status: string,
): string {
  if (years.end !== null) return t('yearsValue', { start: years.start, end: years.end })
  return status === 'active' ? t('yearsValue', { start: years.start, end: t('ongoing') }) : t('yearsSince', { start: years.start })
}
