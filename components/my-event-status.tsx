'use client'
import { useEffect, useState } from 'react'
import { useTranslations } from 'next-intl'
import { useMember } from '@/components/member'

type Registration = { eventId: string; status: 'CONFIRMED' | 'WAITLISTED'; mode: 'IN_PERSON' | 'ONLINE'; position: number | null }

// One request per page, shared by every row of the calendar (forgotten shortly after, so that the next page asks again).
let pending: Promise<Map<string, Registration>> | null = null
function load() {
  pending ??= fetch('/api/me/events', { cache: 'no-store', credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : { registrations: [] }))
    .then((j: { registrations: Registration[] }) => new Map(j.registrations.map((r) => [r.eventId, r])))
    .catch(() => new Map<string, Registration>())
    .finally(() => setTimeout(() => (pending = null), 2_000))
  return pending
}

/**
 * "You are registered" / "n-th on the waitlist" next to a meeting in the calendar: an island that asks once per page
 * (the calendar itself is one cached page for everyone).
 */
export function MyEventStatus({ eventId, hybrid }: { eventId: string; hybrid: boolean }) {
  const t = useTranslations('events')
  const { status } = useMember()
  const [mine, setMine] = useState<Registration | null>(null)
  useEffect(() => {
    if (status !== 'member') return
    let live = true
    void load().then((m) => live && setMine(m.get(eventId) ?? null))
    return () => {
      live = false
    }
  }, [status, eventId])
  if (!mine) return null
  const mode = hybrid ? ` (${t(`mode.${mine.mode}`)})` : ''
  return (
    <span data-testid="my-event-status" className="ml-1 inline-block rounded bg-brand-50 px-1.5 text-sm font-semibold text-brand-800">
      {mine.status === 'CONFIRMED' ? t('youAreRegistered') : t('waitlistPosition', { n: mine.position ?? 0 })}
      {mode}
    </span>
  )
}
