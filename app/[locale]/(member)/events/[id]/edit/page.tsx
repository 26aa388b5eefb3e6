import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { forbidden, notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { requirePageUser } from '@/server/auth/guard'
import { getEvent } from '@/server/events/queries'
import { canManageEvent } from '@/lib/policies'
import { EventForm } from '../../_components/event-form'
import { eventFormOptions } from '../../_components/options'
import { eventInitial } from '../../_components/initial'

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'events' })
  return { title: t('editTitle'), robots: { index: false } }
}

export default async function EditEventPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/events')
  const event = await getEvent(id)
  if (!event) notFound()
  if (!canManageEvent(user, event)) forbidden()
  const [t, options] = await Promise.all([getTranslations('events'), eventFormOptions(locale, user, event.organisationId)])
  return (
    <div>
      <Breadcrumbs items={[{ section: 'events' }, { label: t('editTitle') }]} />
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('editTitle')}</h1>
      <EventForm
        eventId={event.id}
        initial={eventInitial(event)}
        options={options}
        laterDates={event.series.filter((o) => o.startsAt > event.startsAt && o.status === 'SCHEDULED').length}
      />
    </div>
  )
}
