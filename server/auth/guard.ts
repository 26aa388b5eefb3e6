import 'server-only'
import { redirect, getPathname } from '@/i18n/navigation'
import { getCurrentUser, type CurrentUser } from '@/server/auth/session'
import type { AppPathname, Locale } from '@/i18n/routing'

/** For pages: the signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requirePageUser(
  locale: Locale,
  here: AppPathname | { pathname: AppPathname; params: Record<string, string> },
): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) {
    const callbackUrl = getPathname({ href: here as never, locale })
    return redirect({ href: { pathname: '/sign-in', query: { callbackUrl } }, locale })
  }
  return user
}
