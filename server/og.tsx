import 'server-only'
import fs from 'node:fs'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { db } from '@/server/db'
import { getCaseStudy } from '@/server/content/case-studies'
import { regionName } from '@/lib/territory'
import type { Locale } from '@/i18n/routing'

// Preview images for shared links (OpenGraph and Twitter cards): a case study, a good practice, a meeting, a thread.
// Drawn with next/og from the repository's own font files (assets/fonts): no network.

export const OG_KINDS = ['case-study', 'practice', 'meeting', 'thread'] as const
export type OgKind = (typeof OG_KINDS)[number]
export const OG_SIZE = { width: 1200, height: 630 }

const LABELS: Record<OgKind, Record<Locale, string>> = {
  'case-study': { it: 'Caso studio', en: 'Case study' },
  practice: { it: 'Buona pratica', en: 'Good practice' },
  meeting: { it: 'Incontro della rete', en: 'Network meeting' },
  thread: { it: 'Forum', en: 'Forum' },
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined
function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Titillium Web',
    data: fs.readFileSync(path.join(process.cwd(), `assets/fonts/titillium-web-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }))
  return fonts
}

/** What the image says: the title and a line under it; null when there is no such public page. */
async function describe(kind: OgKind, id: string, locale: Locale): Promise<{ title: string; line: string } | null> {
  const date = (d: Date) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'it-IT', { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(d)
  if (kind === 'case-study') {
    const cs = getCaseStudy(id)
    return cs ? { title: cs.title[locale], line: cs.territory[locale] } : null
  }
  if (kind === 'practice') {
    const p = await db.practice.findFirst({
      where: { id, status: 'PUBLISHED' },
      select: { title: true, regionId: true, publishedAt: true },
    })
    return p
      ? {
          title: p.title,
          line: [p.regionId ? regionName(p.regionId, locale) : '', p.publishedAt ? date(p.publishedAt) : ''].filter(Boolean).join(' · '),
        }
      : null
  }
  if (kind === 'meeting') {
    const e = await db.event.findUnique({ where: { id }, select: { title: true, startsAt: true, city: true } })
    return e ? { title: e.title, line: [date(e.startsAt), e.city ?? ''].filter(Boolean).join(' · ') } : null
  }
  const t = await db.thread.findFirst({
    where: { id, deletedAt: null },
    select: { title: true, postCount: true, category: { select: { nameIt: true, nameEn: true } } },
  })
  return t ? { title: t.title, line: locale === 'en' ? t.category.nameEn : t.category.nameIt } : null
}

export async function ogImage(kind: OgKind, id: string, locale: Locale): Promise<Response | null> {
  const d = await describe(kind, id, locale)
  if (!d) return null
  const title = d.title.length > 110 ? `${d.title.slice(0, 107).replace(/\s+\S*$/, '')}…` : d.title
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#0a4d34',
        color: 'white',
        padding: 72,
        fontFamily: 'Titillium Web',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 34, fontWeight: 700 }}>
        <div style={{ width: 22, height: 22, background: '#7fd1a8', marginRight: 18 }} />
        Cartesio · Rete Cartesio
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 30, color: '#b9e8cf', marginBottom: 18 }}>{LABELS[kind][locale]}</div>
        <div style={{ fontSize: title.length > 60 ? 58 : 70, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      </div>
      <div style={{ fontSize: 30, color: '#d8f3e6' }}>{d.line}</div>
    </div>,
    { ...OG_SIZE, fonts: loadFonts(), headers: { 'Cache-Control': 'public, max-age=3600' } },
  )
}

/** The metadata of a page's preview image: OpenGraph and a large Twitter card. */
export function ogMetadata(kind: OgKind, id: string, locale: Locale, alt: string) {
  const url = `/og/${locale}/${kind}/${encodeURIComponent(id)}`
  return {
    openGraph: { images: [{ url, ...OG_SIZE, alt }] },
    twitter: { card: 'summary_large_image' as const, images: [url] },
  }
}
