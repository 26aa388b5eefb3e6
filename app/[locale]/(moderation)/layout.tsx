import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { getCurrentUser } from '@/server/auth/session'
import { canModerate } from '@/lib/policies'
import { forbidden } from 'next/navigation'
import { ClientMessages } from '@/components/client-messages'

// The moderators' queues: flags and categories of the forum, the review of good practices. Signed-in members
// without the role are refused here on the first load; each page also checks (a layout is not re-rendered on
// client navigation) and sends anonymous visitors to sign-in, and every command checks again.
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default async function ModerationLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await getCurrentUser()
  if (user && !canModerate(user)) forbidden()
  return (
    <ClientMessages locale={locale} namespaces={['forum']}>
      {children}
    </ClientMessages>
  )
}
