import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { routing } from './i18n/routing'

const intl = createMiddleware(routing)

/** A thread's public address: /forum/t/<id> (Italian) or /en/forum/t/<id>. */
const THREAD = /^(?:\/(en))?\/forum\/t\/([A-Za-z0-9_-]{1,40})\/?$/

/**
 * Visitors who are not signed in read a thread from the page cache (issue 15): their request is served by the
 * cached route app/[locale]/(public)/anon/forum/t/[id]/[from], which renders the same view without a member.
 * Signed-in members, and anything but a plain read of a page of posts, go to the per-request route.
 */
function anonymousThread(req: NextRequest): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  if (req.cookies.getAll().some((c) => c.name.includes('next-auth.session-token'))) return null
  const m = THREAD.exec(req.nextUrl.pathname)
  if (!m) return null
  const query = req.nextUrl.searchParams
  // `_rsc` is the client router's cache-buster; any other parameter (a revision history) is rendered per request.
  if ([...query.keys()].some((k) => k !== 'from' && k !== '_rsc')) return null
  const from = query.get('from') ?? '1'
  if (!/^\d{1,7}$/.test(from)) return null
  return `/${m[1] ?? routing.defaultLocale}/anon/forum/t/${m[2]}/${from}${query.has('_rsc') ? `?_rsc=${encodeURIComponent(query.get('_rsc')!)}` : ''}`
}

/** A forum category's first page: /forum/c/<slug> or /en/forum/c/<slug>. */
const CATEGORY = /^(?:\/(en))?\/forum\/c\/([a-z0-9-]{1,80})\/?$/

/** Visitors who are not signed in read a category's first page from the page cache, like a thread. */
function anonymousCategory(req: NextRequest): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  if (req.cookies.getAll().some((c) => c.name.includes('next-auth.session-token'))) return null
  const m = CATEGORY.exec(req.nextUrl.pathname)
  const query = req.nextUrl.searchParams
  if (!m || [...query.keys()].some((k) => k !== '_rsc')) return null
  return `/${m[1] ?? routing.defaultLocale}/anon/forum/c/${m[2]}${query.has('_rsc') ? `?_rsc=${encodeURIComponent(query.get('_rsc')!)}` : ''}`
}

/** The case-study library without filters is the same for everyone: served from the page cache. */
const CASE_STUDIES = /^(?:\/(en))?\/(?:casi-studio|case-studies)\/?$/

function plainCaseStudies(req: NextRequest): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  const m = CASE_STUDIES.exec(req.nextUrl.pathname)
  if (!m || (m[1] === 'en') !== req.nextUrl.pathname.includes('case-studies')) return null
  const query = req.nextUrl.searchParams
  if ([...query.keys()].some((k) => k !== '_rsc')) return null
  return `/${m[1] ?? routing.defaultLocale}/anon/case-studies${query.has('_rsc') ? `?_rsc=${encodeURIComponent(query.get('_rsc')!)}` : ''}`
}

export default function proxy(req: NextRequest) {
  const cached = anonymousThread(req) ?? anonymousCategory(req) ?? plainCaseStudies(req)
  return cached ? NextResponse.rewrite(new URL(cached, req.url)) : intl(req)
}

export const config = {
  // Everything but API routes, feeds, Next internals and static files. Files are told by a known extension,
  // not by any dot: page paths may contain dots too (profile handles like /persone/anna.bianchi).
  matcher: '/((?!api|feeds|_next|_vercel|.*\\.(?:ico|png|jpe?g|gif|svg|webp|avif|txt|xml|json|webmanifest|js|css|map|woff2?)$).*)',
}
