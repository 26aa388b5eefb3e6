import 'server-only'
import { utcToRomeLocal } from '@/lib/dates'
import type { EventInitial } from './event-form'

type Source = {
  title: string; type: string; description: string; startsAt: Date; endsAt: Date; address: string | null; city: string | null; regionId: string | null
  onlineUrl: string | null; capacity: number | null; registrationDeadline: Date | null
}

/** Form values from an event; a duplicate keeps everything but the dates. */
export function eventInitial(e: Source, duplicate = false): EventInitial {
  const local = (d: Date | null) => (d && !duplicate ? utcToRomeLocal(d) : '')
  return {
    title: e.title, type: e.type, description: e.description, startsAt: local(e.startsAt), endsAt: local(e.endsAt), address: e.address ?? '', city: e.city ?? '',
    regionId: e.regionId ?? '', onlineUrl: e.onlineUrl ?? '', capacity: e.capacity ? String(e.capacity) : '', registrationDeadline: local(e.registrationDeadline),
  }
}
