/** The sections of the main navigation, in order. Sections appear as they start working (no "coming soon"). */
export const SECTIONS = [
  { href: '/', key: 'home' },
  { href: '/network', key: 'network' },
  { href: '/case-studies', key: 'caseStudies' },
  { href: '/practices', key: 'practices' },
  { href: '/forum', key: 'forum' },
  { href: '/events', key: 'events' },
  { href: '/glossary', key: 'glossary' },
] as const

export type SectionHref = (typeof SECTIONS)[number]['href']

/** Which section a (locale-free, internal) pathname belongs to: the longest matching prefix; the home only exactly. */
export function currentSection(pathname: string): SectionHref | null {
  const path = pathname.replace(/\/+$/, '') || '/'
  if (path === '/') return '/'
  // Pages that belong to a section under another path.
  if (/^\/(territories|districts)(\/|$)/.test(path)) return '/network'
  let best: SectionHref | null = null
  for (const s of SECTIONS) {
    if (s.href !== '/' && (path === s.href || path.startsWith(`${s.href}/`)) && (!best || s.href.length > best.length)) best = s.href
  }
  return best
}
