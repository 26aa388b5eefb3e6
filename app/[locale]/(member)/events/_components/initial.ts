import 'server-only'
import { utcToRomeLocal } from '@/lib/dates'
import type { EventInitial } from './event-form'

type Source = {
  title: string
  type: string
  description: string
  startsAt: Date
  endsAt: Date
  allDay: boolean
  address: string | null
  city: string | null
  regionId: string | null
  onlineUrl: string | null
  capacity: number | null
  onlineCapacity: number | null
  registrationDeadline: Date | null
  organisationId: string | null
  clusterId: string | null
  caseStudySlug: string | null
  reminders: 'NONE' | 'H1' | 'H24' | 'BOTH'
}

/** Form values from an event; a duplicate keeps everything but the dates. */
export function eventInitial(e: Source, duplicate = false): EventInitial {
  const local = (d: Date | null) => (d && !duplicate ? utcToRomeLocal(d) : '')
  // A whole-day event ends at midnight after its last day; the form shows the last day.
  const end = e.allDay ? new Date(e.endsAt.getTime() - 1) : e.endsAt
  return {
    title: e.title,
    type: e.type,
    description: e.description,
    startsAt: local(e.startsAt),
    endsAt: local(end),
    allDay: e.allDay,
    address: e.address ?? '',
    city: e.city ?? '',
    regionId: e.regionId ?? '',
    onlineUrl: e.onlineUrl ?? '',
    capacity: e.capacity ? String(e.capacity) : '',
    onlineCapacity: e.onlineCapacity ? String(e.onlineCapacity) : '',
    registrationDeadline: local(e.registrationDeadline),
    organisationId: e.organisationId ?? '',
    clusterId: e.clusterId ?? '',
    caseStudySlug: e.caseStudySlug ?? '',
    reminders: e.reminders,
  }
}
