import 'server-only'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { db } from '@/server/db'
import { listClusters } from '@/server/queries/territory'
import { getAllCaseStudies } from '@/server/content/case-studies'
import { EVENT_TYPES } from '@/lib/validations/events'
import { REGIONS } from '@/lib/territory'
import type { EventFormOptions } from './event-form'

/** The choices the event form offers, in the page's language. */
export async function eventFormOptions(locale: Locale): Promise<EventFormOptions> {
  const [tt, clusters, organisations] = await Promise.all([
    getTranslations({ locale, namespace: 'eventTypes' }),
    listClusters(),
    db.organisation.findMany({ orderBy: { name: 'asc' }, take: 1000, select: { id: true, name: true } }),
  ])
  return {
    types: EVENT_TYPES.map((v) => ({ value: v, label: tt(v) })),
    regions: REGIONS.map((r) => ({ value: r.id, label: locale === 'en' ? r.nameEn : r.nameIt })),
    clusters: clusters.map((c) => ({ value: c.id, label: locale === 'en' ? c.nameEn : c.nameIt })),
    organisations: organisations.map((o) => ({ value: o.id, label: o.name })),
    caseStudies: getAllCaseStudies().map((c) => ({ value: c.slug, label: c.title[locale] })),
  }
}
