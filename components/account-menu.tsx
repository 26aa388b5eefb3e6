'use client'
import { signOut, useMember } from '@/components/member'
import { useLocale, useTranslations } from 'next-intl'
import { Link, getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

/**
 * The account corner of the slim header. Rendered on the client, so that public pages stay cacheable for everyone.
 * On narrow screens it keeps only what fits (sign-in, the notification count, the name); the rest is in the menu.
 */
export function AccountMenu() {
  const t = useTranslations('nav')
  const locale = useLocale() as Locale
  const { member: user, status, unread } = useMember()
  if (status === 'loading') return <span className="inline-block w-14 sm:w-36" aria-hidden="true" />
  if (!user) {
    return (
      <ul className="flex items-center gap-3">
        <li>
          <Link href="/sign-in" className="inline-block py-0.5 leading-5 font-semibold">
            {t('signIn')}
          </Link>
        </li>
        <li className="hidden sm:block">
          <Link href="/register" className="rounded-md bg-white px-2.5 py-1 font-semibold text-brand-900! no-underline hover:bg-brand-100">
            {t('register')}
          </Link>
        </li>
      </ul>
    )
  }
  return (
    <ul className="flex min-w-0 items-center gap-3" aria-label={t('accountMenu', { name: user.name })}>
      {user.role === 'ADMIN' && (
        <li className="hidden nav:block">
          <Link href="/admin" className="inline-block py-0.5 leading-5">
            {t('admin')}
          </Link>
        </li>
      )}
      <li className="hidden nav:block">
        <Link href="/my-area" className="inline-block py-0.5 leading-5" data-testid="my-area-link">
          {t('myArea')}
        </Link>
      </li>
      <li className="shrink-0">
        {/* The visible words are the start of the accessible name ("Notifiche 2 non lette"), as WCAG 2.5.3 asks. */}
        <Link href="/notifications" data-testid="notifications-link" className="flex min-h-6 items-center gap-1">
          <svg viewBox="0 0 24 24" className="h-5 w-5 sm:hidden" aria-hidden="true">
            <path
              d="M12 3a6 6 0 0 0-6 6v3.5L4 16h16l-2-3.5V9a6 6 0 0 0-6-6Zm-2 15a2 2 0 0 0 4 0"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinejoin="round"
            />
          </svg>
          <span className="sr-only sm:not-sr-only">{t('notifications')}</span>
          {unread > 0 && (
            <>
              <span className="rounded-full bg-accent px-1.5 text-xs font-bold text-ink no-underline" data-testid="unread-count">
                {unread}
              </span>
              <span className="sr-only"> {t('unreadSuffix', { count: unread })}</span>
            </>
          )}
        </Link>
      </li>
      <li className="min-w-0">
        <Link href="/account" data-testid="account-link" className="block max-w-[7.5rem] truncate py-0.5 leading-5 sm:max-w-[14rem]">
          {user.name}
        </Link>
      </li>
      <li className="hidden shrink-0 sm:block">
        <button
          type="button"
          className="py-0.5 leading-5 font-semibold text-white underline"
          onClick={() => signOut(getPathname({ href: '/', locale }))}
        >
          {t('signOut')}
        </button>
      </li>
    </ul>
  )
}

/** The account's links inside the mobile menu (everything the slim header leaves out on a phone). */
export function AccountMenuLinks() {
  const t = useTranslations('nav')
  const locale = useLocale() as Locale
  const { member: user, status } = useMember()
  if (status === 'loading') return null
  const item = 'block rounded-md px-3 py-2 font-semibold'
  return (
    <ul className="space-y-1 border-t border-line pt-4" aria-label={t('accountLinks')}>
      {!user ? (
        <>
          <li>
            <Link href="/sign-in" className={item}>
              {t('signIn')}
            </Link>
          </li>
          <li>
            <Link href="/register" className={item}>
              {t('register')}
            </Link>
          </li>
        </>
      ) : (
        <>
          <li>
            <Link href="/account" className={item}>
              {t('account')}
            </Link>
          </li>
          <li>
            <Link href="/my-area" className={item}>
              {t('myArea')}
            </Link>
          </li>
          <li>
            <Link href="/notifications" className={item}>
              {t('notifications')}
            </Link>
          </li>
          {user.role === 'ADMIN' && (
            <li>
              <Link href="/admin" className={item}>
                {t('admin')}
              </Link>
            </li>
          )}
          <li>
            <button
              type="button"
              className={`${item} text-brand-700 underline`}
              onClick={() => signOut(getPathname({ href: '/', locale }))}
            >
              {t('signOut')}
            </button>
          </li>
        </>
      )}
    </ul>
  )
}
