import 'server-only'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { linkChoices } from '@/server/choices'
import { COMMITMENTS, ORGANISATION_TYPES } from '@/lib/validations/network'

export async function adhesionOptions(locale: Locale) {
  const [t, th, { regions, clusters }] = await Promise.all([
    getTranslations({ locale, namespace: 'network' }),
    getTranslations({ locale, namespace: 'home' }),
    linkChoices(locale),
  ])
  return {
    types: ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) })),
    regions,
    clusters,
    commitments: COMMITMENTS.map((n) => ({ value: n, label: `${n}. ${th(`commitments.${n}`)}` })),
  }
}
