import { getLocale, getTranslations } from 'next-intl/server'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { SearchCombobox } from '@/components/search-combobox'

/** The site search box: a plain GET form to the search page (works without JavaScript), with suggestions as you type. */
export async function SearchBox({ id, className = '', tone = 'dark' }: { id: string; className?: string; tone?: 'dark' | 'light' }) {
  const t = await getTranslations('nav')
  const locale = (await getLocale()) as Locale
  return (
    <form role="search" action={getPathname({ href: '/search', locale })} method="get" className={`flex ${className}`}>
      <label htmlFor={id} className="sr-only">
        {t('searchLabel')}
      </label>
      <SearchCombobox
        id={id}
        placeholder={t('searchPlaceholder')}
        className={`w-full min-w-0 rounded-l-md border bg-white px-3 py-2 text-ink placeholder:text-muted ${tone === 'dark' ? 'border-white/70' : 'border-gray-500'}`}
      />
      <button
        type="submit"
        className={`rounded-r-md px-3 py-2 font-semibold text-white ${tone === 'dark' ? 'bg-brand-900 hover:bg-black' : 'bg-brand-700 hover:bg-brand-800'}`}
      >
        {t('search')}
      </button>
    </form>
  )
}
