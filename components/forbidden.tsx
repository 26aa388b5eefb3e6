import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'

export async function Forbidden() {
  const t = await getTranslations('admin')
  const tc = await getTranslations('common')
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('forbiddenTitle')}</h1>
      <p className="mt-2">{t('forbiddenLead')}</p>
      <p className="mt-4">
        <Link href="/">{tc('backHome')}</Link>
      </p>
    </div>
  )
}
