import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { getCurrentUser } from '@/server/auth/session'
import { canAdminister } from '@/lib/policies'
import { forbidden } from 'next/navigation'
import { ClientMessages } from '@/components/client-messages'

// Administration: users, applications to the network, the development outbox. Signed-in non-admins are refused
// here on the first load; each page also checks (a layout is not re-rendered on client navigation) and sends
// anonymous visitors to sign-in, and every command checks again.
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default async function AdminLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await getCurrentUser()
  if (user && !canAdminister(user)) forbidden()
  return (
    <ClientMessages locale={locale} namespaces={['admin', 'roles']}>
      {children}
    </ClientMessages>
  )
}
