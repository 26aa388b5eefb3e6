import type { ComponentProps } from 'react'
import { getLocale, getTranslations } from 'next-intl/server'
import { Link, getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { JsonLd } from '@/components/json-ld'
import { env } from '@/server/env'
import { SECTIONS } from '@/lib/sections'

type Href = ComponentProps<typeof Link>['href']
type Section = (typeof SECTIONS)[number]
/** A crumb: a page with its label (and link), or a section of the main navigation by its key. */
export type Crumb = { label: string; href?: Href } | { section: Exclude<Section['key'], 'home'> } | { admin: true }

/**
 * Where a page sits: Home › section › … › this page (the last crumb, not a link), with its BreadcrumbList JSON-LD.
 * Long trails wrap; the current page's title is the h1 below, so the last crumb is shortened on small screens.
 */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations('nav')
  const locale = (await getLocale()) as Locale
  const all = [{ section: 'home' as const }, ...items].map((c): { label: string; href?: Href } =>
    'section' in c
      ? { label: t(c.section), href: SECTIONS.find((s) => s.key === c.section)!.href }
      : 'admin' in c
        ? { label: t('admin'), href: '/admin' }
        : c,
  )
  const url = (href: Href) => env().APP_URL + getPathname({ href: href as never, locale })
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: all.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.label, ...(c.href ? { item: url(c.href) } : {}) })),
  }
  return (
    <nav aria-label={t('breadcrumb')} className="not-prose mb-4 text-sm" data-testid="breadcrumbs">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {all.map((c, i) => (
          <li key={i} className="flex min-w-0 items-center gap-x-1.5">
            {i > 0 && (
              <span aria-hidden="true" className="text-muted">
                ›
              </span>
            )}
            {c.href && i < all.length - 1 ? (
              <Link href={c.href} className="py-0.5">
                {c.label}
              </Link>
            ) : (
              <span aria-current="page" className="line-clamp-1 break-all text-muted sm:break-normal">
                {c.label}
              </span>
            )}
          </li>
        ))}
      </ol>
      <JsonLd data={data} />
    </nav>
  )
}
