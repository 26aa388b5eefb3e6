import createMiddleware from 'next-intl/middleware'
import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything but API routes, feeds, Next internals and static files. Files are told by a known extension,
  // not by any dot: page paths may contain dots too (profile handles like /persone/anna.bianchi).
  matcher: '/((?!api|feeds|_next|_vercel|.*\\.(?:ico|png|jpe?g|gif|svg|webp|avif|txt|xml|json|webmanifest|js|css|map|woff2?)$).*)',
}
