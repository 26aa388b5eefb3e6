import type { ReactNode } from 'react'
import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { routing } from '@/i18n/routing'
import { env } from '@/server/env'
import { Providers } from '@/components/providers'
import { BASE_NAMESPACES, pickMessages } from '@/components/client-messages'
import { SiteHeader } from '@/components/site-header'
import { SiteFooter } from '@/components/site-footer'
import { titillium } from '../fonts'
import '../globals.css'

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export const viewport: Viewport = { themeColor: '#0a4d34' }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : 'it', namespace: 'meta' })
  return {
    // Canonical, hreflang and OpenGraph URLs are absolute (search engines and Lighthouse ask for it).
    metadataBase: new URL(env().APP_URL),
    title: { default: `${t('siteName')} — ${t('tagline')}`, template: `%s · ${t('siteName')}` },
    description: t('description'),
    openGraph: { siteName: t('siteName'), locale: locale === 'en' ? 'en_GB' : 'it_IT', type: 'website' },
  }
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('nav')
  // Only what every page's client components translate; route groups add their own (components/client-messages.tsx).
  const messages = pickMessages((await getMessages({ locale })) as Record<string, unknown>, BASE_NAMESPACES)
  return (
    <html lang={locale} className={titillium.variable}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" className="absolute -top-24 left-2 z-50 rounded bg-white px-3 py-2 font-semibold focus:top-2">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider locale={locale} messages={messages}>
          <Providers>
            <SiteHeader />
            <main id="main" className="mx-auto w-full max-w-page flex-1 px-4 py-8 sm:px-6" tabIndex={-1}>
              {children}
            </main>
            <SiteFooter />
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
