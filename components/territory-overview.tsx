import { getFormatter, getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import type { getTerritoryOverview } from '@/server/territories/queries'

type Overview = Awaited<ReturnType<typeof getTerritoryOverview>>

/** The five things a territory page gathers, each with its own heading (and "none yet" when empty). */
export async function TerritoryOverview({ data, locale }: { data: Overview; locale: Locale }) {
  const [t, tn, format] = await Promise.all([getTranslations('network.territory'), getTranslations('network'), getFormatter()])
  type Empty = { text: string; href: React.ComponentProps<typeof Link>['href']; action: string }
  const block = (id: string, title: string, items: { key: string; node: React.ReactNode }[], empty: Empty) => (
    <section aria-labelledby={id} data-testid={id}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {items.length === 0 ? (
        // An empty block says what it is for and offers the next step.
        <p className="mt-1 text-muted">
          {empty.text} <Link href={empty.href}>{empty.action}</Link>
        </p>
      ) : (
        <ul className="mt-1 space-y-1">
          {items.map((i) => (
            <li key={i.key}>{i.node}</li>
          ))}
        </ul>
      )}
    </section>
  )
  return (
    <div className="mt-8 grid gap-8 md:grid-cols-2">
      {block(
        't-events',
        t('events'),
        data.events.map((e) => ({
          key: e.id,
          node: (
            <>
              <Link href={{ pathname: '/events/[id]', params: { id: e.id } }}>{e.title}</Link>{' '}
              <span className="text-sm text-muted">
                {format.dateTime(
                  e.startsAt,
                  e.allDay
                    ? { day: 'numeric', month: 'long', year: 'numeric' }
                    : { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
                )}
              </span>
            </>
          ),
        })),
        { text: t('empty.events'), href: '/events', action: t('empty.eventsAction') },
      )}
      {block(
        't-orgs',
        t('organisations'),
        data.organisations.map((o) => ({
          key: o.slug,
          node: (
            <>
              <Link href={{ pathname: '/network/members/[slug]', params: { slug: o.slug } }}>{o.name}</Link>{' '}
              <span className="text-sm text-muted">{tn(`types.${o.type}`)}</span>
            </>
          ),
        })),
        { text: t('empty.organisations'), href: '/network/join', action: t('empty.organisationsAction') },
      )}
      {block(
        't-cases',
        t('caseStudies'),
        data.caseStudies.map((c) => ({
          key: c.slug,
          node: <Link href={{ pathname: '/case-studies/[slug]', params: { slug: c.slug } }}>{c.title[locale]}</Link>,
        })),
        { text: t('empty.caseStudies'), href: '/case-studies', action: t('empty.caseStudiesAction') },
      )}
      {block(
        't-practices',
        t('practices'),
        data.practices.map((p) => ({
          key: p.id,
          node: <Link href={{ pathname: '/practices/[id]', params: { id: p.id } }}>{p.title}</Link>,
        })),
        { text: t('empty.practices'), href: '/practices/new', action: t('empty.practicesAction') },
      )}
      {block(
        't-threads',
        t('threads'),
        data.threads.map((th) => ({
          key: th.id,
          node: <Link href={{ pathname: '/forum/t/[id]', params: { id: th.id } }}>{th.title}</Link>,
        })),
        { text: t('empty.threads'), href: '/forum/new', action: t('empty.threadsAction') },
      )}
    </div>
  )
}
