import createMiddleware from 'next-intl/middleware'
import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything but API routes, feeds, Next internals and files with an extension — and profile pages,
  // whose @handles contain dots ("anna.bianchi") but are pages, not files.
  matcher: ['/((?!api|feeds|_next|_vercel|.*\\..*).*)', '/persone/:handle', '/en/people/:handle'],
}
