import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'

export async function SiteFooter() {
  const t = await getTranslations('footer')
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-muted">
        <p>{t('about')}</p>
        <p>{t('demoNotice')}</p>
        <p>{t('timezone')}</p>
        <nav aria-label={t('legal')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/privacy">{t('privacy')}</Link>
            </li>
            <li>
              <Link href="/terms">{t('terms')}</Link>
            </li>
            <li>
              <Link href="/guidelines">{t('guidelines')}</Link>
            </li>
            <li>
              <Link href="/accessibility">{t('accessibility')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
