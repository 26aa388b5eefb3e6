import { getFormatter, getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { localiseMemberHtml } from '@/lib/markdown'

type Profile = {
  slug: string
  name: string
  descriptionHtml: string | null
  website: string | null
  publicEmail: string | null
  address: string | null
  emasNumber: string | null
  emasSince: Date | null
  iso14001: boolean
  apo: boolean
  apea: boolean
  logoUpdatedAt: Date | null
}

/** The logo's address, versioned by its last change (so that caches never keep an old one). */
export const logoSrc = (o: { slug: string; logoUpdatedAt: Date | null }) =>
  o.logoUpdatedAt ? `/api/organisations/${o.slug}/logo?v=${o.logoUpdatedAt.getTime()}` : null

/** OpenStreetMap's search for an address: a link, no map tiles loaded by the page. */
export const osmHref = (address: string) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`

/** The credentials an organisation declares, as short labels (the register's filters use the same). */
export async function credentialLabels(o: Pick<Profile, 'emasNumber' | 'iso14001' | 'apo' | 'apea'>) {
  const t = await getTranslations('network.profile')
  return [
    o.emasNumber ? t('credential.emas') : null,
    o.iso14001 ? t('credential.iso14001') : null,
    o.apo ? t('credential.apo') : null,
    o.apea ? t('credential.apea') : null,
  ].filter((x): x is string => !!x)
}

/** An organisation's profile: description, contacts, address with a map link, environmental credentials. */
export async function OrgProfile({ o, locale }: { o: Profile; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations('network.profile'), getFormatter()])
  const hasCredentials = o.emasNumber || o.iso14001 || o.apo || o.apea
  return (
    <div className="mt-4 grid gap-6 md:grid-cols-[1fr_16rem]" data-testid="org-profile">
      <div>
        {o.descriptionHtml && (
          <div className="prose-cartesio prose" dangerouslySetInnerHTML={{ __html: localiseMemberHtml(o.descriptionHtml, locale) }} />
        )}
      </div>
      {(o.website || o.publicEmail || o.address || hasCredentials) && (
        <aside className="space-y-3 rounded-card border border-line p-4 text-sm">
          {(o.website || o.publicEmail || o.address) && (
            <section aria-labelledby="contacts-h">
              <h2 id="contacts-h" className="font-semibold">
                {t('contacts')}
              </h2>
              {o.website && (
                <p className="break-words">
                  <a href={o.website} rel="nofollow noopener noreferrer">
                    {o.website.replace(/^https?:\/\//, '')}
                  </a>
                </p>
              )}
              {o.publicEmail && (
                <p className="break-words">
                  <a href={`mailto:${o.publicEmail}`}>{o.publicEmail}</a>
                </p>
              )}
              {o.address && (
                <address className="not-italic" data-testid="org-address">
                  {o.address}
                  <br />
                  <a href={osmHref(o.address)} rel="noopener noreferrer" data-testid="org-map-link">
                    {t('map')}
                  </a>
                </address>
              )}
            </section>
          )}
          {hasCredentials && (
            <section aria-labelledby="credentials-h">
              <h2 id="credentials-h" className="font-semibold">
                {t('credentials')}
              </h2>
              <ul className="mt-1 space-y-1" data-testid="org-credentials">
                {o.emasNumber && (
                  <li>
                    {t('emasRegistered', { number: o.emasNumber })}
                    {o.emasSince && ` ${t('since', { date: format.dateTime(o.emasSince, { dateStyle: 'medium', timeZone: 'UTC' }) })}`}
                  </li>
                )}
                {o.iso14001 && <li>{t('credential.iso14001')}</li>}
                {o.apo && <li>{t('apoLong')}</li>}
                {o.apea && <li>{t('apeaLong')}</li>}
              </ul>
            </section>
          )}
        </aside>
      )}
    </div>
  )
}
