import italyMap from '@svg-maps/italy'
import { TableScroll } from '@/components/table-scroll'
import { getLocale, getTranslations } from 'next-intl/server'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { REGIONS } from '@/lib/territory'
import type { RegionPresence } from '@/server/home/queries'

// Shades of the network's presence (districts + adhering organisations + upcoming meetings), light to dark. The
// darker two carry white focus outlines; all four differ from the sea by a border, not by colour alone.
/** The package's own type names a module that is not installed: its shape, as used here. */
const italy = italyMap as unknown as { viewBox: string; locations: { id: string; name: string; path: string }[] }

const SHADES = ['#e3e9e6', '#b3e6cf', '#3f9d74', '#0b6140'] as const
const level = (p: RegionPresence | undefined) => {
  const n = p ? p.districts + p.organisations + p.events : 0
  return n === 0 ? 0 : n <= 2 ? 1 : n <= 5 ? 2 : 3
}

/**
 * A map of Italy from @svg-maps/italy (MIT): each region a link to its territory page, shaded by the network's
 * presence, with an accessible name that says the figures; the same figures in a table beside it.
 */
export async function ItalyMap({ presence, headingId }: { presence: RegionPresence[]; headingId: string }) {
  const t = await getTranslations('map')
  const locale = (await getLocale()) as Locale
  const byId = new Map(presence.map((p) => [p.regionId, p]))
  const regions = REGIONS.map((r) => {
    const shape = italy.locations.find((l) => l.name === r.nameEn)
    const p = byId.get(r.id)
    const name = locale === 'en' ? r.nameEn : r.nameIt
    return {
      id: r.id,
      name,
      path: shape?.path ?? '',
      p,
      level: level(p),
      href: getPathname({ href: { pathname: '/territories/[region]', params: { region: r.id } }, locale }),
      label: t('regionLabel', { region: name, districts: p?.districts ?? 0, organisations: p?.organisations ?? 0, events: p?.events ?? 0 }),
    }
  })
  const present = regions.filter((r) => r.level > 0)
  return (
    <div className="grid items-start gap-6 md:grid-cols-[minmax(0,22rem)_1fr]">
      <figure className="mx-auto w-full max-w-sm">
        <svg viewBox={italy.viewBox} className="italy-map h-auto w-full" role="group" aria-labelledby={headingId} data-testid="italy-map">
          {regions.map((r) => (
            <a key={r.id} href={r.href} aria-label={r.label} data-region={r.id}>
              <title>{r.label}</title>
              <path d={r.path} fill={SHADES[r.level]} stroke="#fff" strokeWidth="1.2" />
            </a>
          ))}
        </svg>
        <figcaption className="mt-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t('legend')}>
            {SHADES.map((c, i) => (
              <li key={c} className="flex items-center gap-1.5">
                <span className="inline-block h-3.5 w-3.5 rounded-sm border border-gray-500" style={{ background: c }} aria-hidden="true" />
                {t(`level${i}` as 'level0')}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <TableScroll label={t('tableCaption')} className="min-w-0">
        <table className="w-full border-collapse text-left text-sm" data-testid="map-table">
          <caption className="mb-2 text-left font-semibold">{t('tableCaption')}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-1.5 pr-3">
                {t('region')}
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right">
                {t('districts')}
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right">
                {t('organisations')}
              </th>
              <th scope="col" className="py-1.5 text-right">
                {t('events')}
              </th>
            </tr>
          </thead>
          <tbody>
            {present.map((r) => (
              <tr key={r.id} className="border-b border-line">
                <th scope="row" className="py-1.5 pr-3 font-normal">
                  <a href={r.href}>{r.name}</a>
                </th>
                <td className="py-1.5 pr-3 text-right tabular-nums">{r.p?.districts ?? 0}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{r.p?.organisations ?? 0}</td>
                <td className="py-1.5 text-right tabular-nums">{r.p?.events ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {regions.length > present.length && (
          <p className="mt-2 text-sm text-muted">{t('others', { count: regions.length - present.length })}</p>
        )}
      </TableScroll>
    </div>
  )
}
