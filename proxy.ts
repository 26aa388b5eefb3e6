import createMiddleware from 'next-intl/middleware'
import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything but API routes, feeds, Next internals and files with an extension.
  matcher: '/((?!api|feeds|_next|_vercel|.*\\..*).*)',
}
