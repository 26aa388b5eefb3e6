import 'server-only'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { db } from '@/server/db'
import { listClusters } from '@/server/queries/territory'
import { getAllCaseStudies } from '@/server/content/case-studies'
import { INSTRUMENTS, SECTORS, THEMES, type Result } from '@/lib/practices'
import { REGIONS } from '@/lib/territory'
import type { PracticeFormOptions, PracticeInitial } from './practice-form'

export async function practiceFormOptions(locale: Locale): Promise<PracticeFormOptions> {
  const [t, clusters, organisations] = await Promise.all([
    getTranslations({ locale, namespace: 'practices' }),
    listClusters(),
    db.organisation.findMany({ orderBy: { name: 'asc' }, take: 1000, select: { id: true, name: true } }),
  ])
  return {
    instruments: INSTRUMENTS.map((v) => ({ value: v, label: t(`instrument.${v}`) })),
    themes: THEMES.map((v) => ({ value: v, label: t(`theme.${v}`) })),
    sectors: SECTORS.map((v) => ({ value: v, label: t(`sector.${v}`) })),
    regions: REGIONS.map((r) => ({ value: r.id, label: locale === 'en' ? r.nameEn : r.nameIt })),
    clusters: clusters.map((c) => ({ value: c.id, label: locale === 'en' ? c.nameEn : c.nameIt })),
    organisations: organisations.map((o) => ({ value: o.id, label: o.name })),
    caseStudies: getAllCaseStudies().map((c) => ({ value: c.slug, label: c.title[locale] })),
  }
}

export function practiceInitial(p: {
  title: string; summary: string; body: string; instruments: string[]; theme: string | null; sector: string | null; regionId: string | null; clusterId: string | null
  organisationId: string | null; caseStudySlug: string | null; results: Result[]; contact: string
}): PracticeInitial {
  return {
    title: p.title, summary: p.summary, body: p.body, instruments: p.instruments, theme: p.theme ?? '', sector: p.sector ?? '', regionId: p.regionId ?? '',
    clusterId: p.clusterId ?? '', organisationId: p.organisationId ?? '', caseStudySlug: p.caseStudySlug ?? '', results: p.results, contact: p.contact,
  }
}
