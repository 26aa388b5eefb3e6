'use client'
import { useEffect, useState } from 'react'
import { signOut, useSession } from 'next-auth/react'
import { useLocale, useTranslations } from 'next-intl'
import { Link, getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { Button } from '@/components/ui/button'

/** Rendered on the client, so that public pages stay cacheable for everyone. */
export function AccountMenu() {
  const t = useTranslations('nav')
  const locale = useLocale() as Locale
  const { data, status } = useSession()
  const user = data?.user
  const unread = useUnreadCount(!!user)
  if (status === 'loading') return <span className="inline-block w-40" aria-hidden="true" />
  if (!user) {
    return (
      <ul className="flex items-center gap-3">
        <li>
          <Link href="/sign-in">{t('signIn')}</Link>
        </li>
        <li>
          <Link
            href="/register"
            className="rounded-md bg-brand-700 px-3 py-1.5 text-white no-underline hover:bg-brand-800 hover:text-white"
          >
            {t('register')}
          </Link>
        </li>
      </ul>
    )
  }
  return (
    <ul className="flex items-center gap-3" aria-label={t('accountMenu', { name: user.name })}>
      {user.role === 'ADMIN' && (
        <li>
          <Link href="/admin">{t('admin')}</Link>
        </li>
      )}
      <li>
        {/* The visible words are the start of the accessible name ("Notifiche 2 non lette"), as WCAG 2.5.3 asks. */}
        <Link href="/notifications" data-testid="notifications-link" className="relative">
          {t('notifications')}
          {unread > 0 && (
            <>
              {' '}
              <span
                className="rounded-full bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white no-underline"
                data-testid="unread-count"
              >
                {unread}
              </span>
              <span className="sr-only"> {t('unreadSuffix', { count: unread })}</span>
            </>
          )}
        </Link>
      </li>
      <li>
        <Link href="/account" data-testid="account-link">
          {user.name}
        </Link>
      </li>
      <li>
        <Button type="button" variant="link" onClick={() => signOut({ callbackUrl: getPathname({ href: '/', locale }) })}>
          {t('signOut')}
        </Button>
      </li>
    </ul>
  )
}

/** Unread notifications, polled every minute and refreshed when the notifications page marks them read. */
function useUnreadCount(signedIn: boolean) {
  const [count, setCount] = useState(0)
  useEffect(() => {
    if (!signedIn) return
    let stop = false
    const load = () =>
      fetch('/api/notifications', { cache: 'no-store' })
        .then((r) => (r.ok ? r.json() : { unread: 0 }))
        .then((j: { unread?: number }) => !stop && setCount(j.unread ?? 0))
        .catch(() => {})
    load()
    const timer = setInterval(load, 60_000)
    window.addEventListener('notifications-changed', load)
    return () => {
      stop = true
      clearInterval(timer)
      window.removeEventListener('notifications-changed', load)
    }
  }, [signedIn])
  return count
}
