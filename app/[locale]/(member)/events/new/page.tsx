import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { requirePageUser } from '@/server/auth/guard'
import { canCreateEvent, canManageEvent } from '@/lib/policies'
import { EventForm } from '../_components/event-form'
import { eventFormOptions } from '../_components/options'
import { eventInitial } from '../_components/initial'
import { getEvent } from '@/server/events/queries'
import { forbidden } from 'next/navigation'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'events' })
  return { title: t('newEvent'), robots: { index: false } }
}

export default async function NewEventPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/events/new')
  if (!canCreateEvent(user)) forbidden()
  const from = (await searchParams).from
  // Duplicating: start from another event's details, with new dates.
  const source = typeof from === 'string' ? await getEvent(from) : null
  const [t, options] = await Promise.all([getTranslations('events'), eventFormOptions(locale, user)])
  return (
    <div>
      <Breadcrumbs items={[{ section: 'events' }, { label: t('newEvent') }]} />
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('newEvent')}</h1>
      <EventForm
        initial={
          source ? { ...eventInitial(source, true), onlineUrl: canManageEvent(user, source) ? (source.onlineUrl ?? '') : '' } : undefined
        }
        options={options}
      />
    </div>
  )
}
