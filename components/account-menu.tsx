'use client'
import { signOut, useSession } from 'next-auth/react'
import { useLocale, useTranslations } from 'next-intl'
import { Link, getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

/** Rendered on the client, so that public pages stay cacheable for everyone. */
export function AccountMenu() {
  const t = useTranslations('nav')
  const locale = useLocale() as Locale
  const { data, status } = useSession()
  const user = data?.user
  if (status === 'loading') return <span className="inline-block w-40" aria-hidden="true" />
  if (!user) {
    return (
      <ul className="flex items-center gap-3">
        <li>
          <Link href="/sign-in">{t('signIn')}</Link>
        </li>
        <li>
          <Link href="/register" className="rounded-md bg-brand-700 px-3 py-1.5 text-white no-underline hover:bg-brand-800 hover:text-white">
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
        <Link href="/account" data-testid="account-link">
          {user.name}
        </Link>
      </li>
      <li>
        <button
          type="button"
          className="text-brand-700 underline hover:text-brand-800"
          onClick={() => signOut({ callbackUrl: getPathname({ href: '/', locale }) })}
        >
          {t('signOut')}
        </button>
      </li>
    </ul>
  )
}
