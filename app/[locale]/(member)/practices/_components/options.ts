import 'server-only'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { linkChoices } from '@/server/choices'
import type { CurrentUser } from '@/server/auth/session'
import { INSTRUMENTS, SECTORS, THEMES, type PracticeSnapshot } from '@/lib/practices'
import type { PracticeFormOptions, PracticeInitial } from './practice-form'

export async function practiceFormOptions(locale: Locale, user: CurrentUser, keep?: string | null): Promise<PracticeFormOptions> {
  const [t, links] = await Promise.all([getTranslations({ locale, namespace: 'practices' }), linkChoices(locale, { user, keep })])
  return {
    instruments: INSTRUMENTS.map((v) => ({ value: v, label: t(`instrument.${v}`) })),
    themes: THEMES.map((v) => ({ value: v, label: t(`theme.${v}`) })),
    sectors: SECTORS.map((v) => ({ value: v, label: t(`sector.${v}`) })),
    ...links,
  }
}

export function practiceInitial(p: PracticeSnapshot): PracticeInitial {
  return {
    title: p.title,
    summary: p.summary,
    body: p.body,
    instruments: p.instruments,
    theme: p.theme ?? '',
    sector: p.sector ?? '',
    regionId: p.regionId ?? '',
    clusterId: p.clusterId ?? '',
    organisationId: p.organisationId ?? '',
    caseStudySlug: p.caseStudySlug ?? '',
    results: p.results,
    contact: p.contact,
  }
}
