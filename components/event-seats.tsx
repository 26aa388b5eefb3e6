import { getTranslations } from 'next-intl/server'
import { seatsOf, type Mode } from '@/lib/events'

type Seats = { capacity: number | null; confirmedCount: number; onlineCapacity: number | null; onlineConfirmedCount: number }

/** Seats left, per way of attending ("In presenza: 2 posti liberi su 3 · Online: posti senza limite"). */
export async function EventSeats({ event, modes }: { event: Seats; modes: Mode[] }) {
  const t = await getTranslations('events')
  const text = (mode: Mode) => {
    const s = seatsOf(event, mode)
    return s.capacity === null ? t('noLimit') : t('seats', { free: s.left!, capacity: s.capacity })
  }
  if (modes.length === 1) return <>{text(modes[0]!)}</>
  return (
    <>
      {modes.map((m, i) => (
        <span key={m} data-testid={`seats-${m}`}>
          {i > 0 && ' · '}
          {t('seatsMode', { mode: t(`modeLabel.${m}`), seats: text(m) })}
        </span>
      ))}
    </>
  )
}
