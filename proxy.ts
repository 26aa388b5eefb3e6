import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { routing } from './i18n/routing'
import { linkHeader } from './lib/seo/alternates'

const intl = createMiddleware(routing)

/**
 * Plain reads answered from the page cache (issue 15) by a cached twin under app/[locale]/(public)/anon/, which
 * renders the same view. `visitorsOnly`: the page differs for members (their tools, unread counts), so only requests
 * without a session cookie go to the twin. `query`: the parameters the twin takes (as `from` → a path segment);
 * any other parameter — filters, a revision history — means the per-request route answers.
 */
const TWINS: { path: RegExp; visitorsOnly: boolean; query: string[]; twin: (m: RegExpExecArray, q: URLSearchParams) => string | null }[] = [
  {
    // /forum/t/<id>[?from=<n>] and /en/forum/t/<id>
    // Everyone: a member's own parts are islands (app/[locale]/(public)/forum/_components/thread-member.tsx).
    path: /^(?:\/(en))?\/forum\/t\/([A-Za-z0-9_-]{1,40})\/?$/,
    visitorsOnly: false,
    query: ['from'],
    twin: (m, q) => {
      const from = q.get('from') ?? '1'
      return /^\d{1,7}$/.test(from) ? `anon/forum/t/${m[2]}/${from}` : null
    },
  },
  { path: /^(?:\/(en))?\/forum\/c\/([a-z0-9-]{1,80})\/?$/, visitorsOnly: true, query: [], twin: (m) => `anon/forum/c/${m[2]}` },
  // The case-study library, the good practices and the calendar without filters are the same for everyone.
  { path: /^(?:\/casi-studio|\/(en)\/case-studies)\/?$/, visitorsOnly: false, query: [], twin: () => 'anon/case-studies' },
  { path: /^(?:\/buone-pratiche|\/(en)\/good-practices)\/?$/, visitorsOnly: false, query: [], twin: () => 'anon/practices' },
  // The calendar's list, month and week views without filters; a month or week is a path segment ("now": the
  // current one).
  {
    path: /^(?:\/eventi|\/(en)\/events)\/?$/,
    visitorsOnly: false,
    query: ['view', 'month', 'week'],
    twin: (_m, q) => {
      const view = q.get('view')
      if (!view) return q.has('month') || q.has('week') ? null : 'anon/events'
      if (view !== 'month' && view !== 'week') return null
      const key = q.get(view) ?? 'now'
      return key === 'now' || (view === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/).test(key) ? `anon/events/${view}/${key}` : null
    },
  },
  // A published practice, for visitors (members see their drafts, reviews and marks on the per-request page).
  {
    // (not the fixed pages next to the ids: new, mine, review)
    path: /^(?:\/buone-pratiche|\/(en)\/good-practices)\/(?!(?:nuova|mie|revisione|new|mine|review)\/?$)([A-Za-z0-9_-]{1,40})\/?$/,
    visitorsOnly: true,
    query: [],
    twin: (m) => `anon/practices/${m[2]}`,
  },
]

export function cachedTwin(req: NextRequest): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  const signedIn = req.cookies.getAll().some((c) => c.name.includes('next-auth.session-token'))
  const query = req.nextUrl.searchParams
  for (const t of TWINS) {
    const m = t.path.exec(req.nextUrl.pathname)
    if (!m || (t.visitorsOnly && signedIn)) continue
    // `_rsc` is the client router's cache-buster: kept, and allowed everywhere.
    if ([...query.keys()].some((k) => k !== '_rsc' && !t.query.includes(k))) return null
    const twin = t.twin(m, query)
    if (!twin) return null
    return `/${m[1] ?? routing.defaultLocale}/${twin}${query.has('_rsc') ? `?_rsc=${encodeURIComponent(query.get('_rsc')!)}` : ''}`
  }
  return null
}

export default function proxy(req: NextRequest) {
  const cached = cachedTwin(req)
  const res = cached ? NextResponse.rewrite(new URL(cached, req.url)) : intl(req)
  // Canonical and hreflang links of every page (issue 16), the same for cached and per-request pages, on the site's
  // public address (APP_URL) rather than whatever host the request came through.
  if (res.status === 200 && (req.method === 'GET' || req.method === 'HEAD')) {
    // Without APP_URL, the address the visitor used (the server may listen on 0.0.0.0).
    const host = req.headers.get('host')
    const origin = process.env.APP_URL ?? (host ? `${req.nextUrl.protocol}//${host}` : req.nextUrl.origin)
    const link = linkHeader(req.nextUrl.pathname, origin.replace(/\/$/, ''))
    if (link) res.headers.set('Link', link)
  }
  return res
}

export const config = {
  // Everything but API routes, feeds, Next internals and static files. Files are told by a known extension,
  // not by any dot: page paths may contain dots too (profile handles like /persone/anna.bianchi).
  matcher: '/((?!api|feeds|og/|_next|_vercel|.*\\.(?:ico|png|jpe?g|gif|svg|webp|avif|txt|xml|json|webmanifest|js|css|map|woff2?)$).*)',
}
