import 'server-only'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { listClusters } from '@/server/queries/territory'
import { COMMITMENTS, ORGANISATION_TYPES } from '@/lib/validations/network'
import { REGIONS } from '@/lib/territory'

export async function adhesionOptions(locale: Locale) {
  const [t, th, clusters] = await Promise.all([getTranslations({ locale, namespace: 'network' }), getTranslations({ locale, namespace: 'home' }), listClusters()])
  return {
    types: ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) })),
    regions: REGIONS.map((r) => ({ value: r.id, label: locale === 'en' ? r.nameEn : r.nameIt })),
    clusters: clusters.map((c) => ({ value: c.id, label: locale === 'en' ? c.nameEn : c.nameIt })),
    commitments: COMMITMENTS.map((n) => ({ value: n, label: `${n}. ${th(`commitments.${n}`)}` })),
  }
}
