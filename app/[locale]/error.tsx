'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('common')
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('errorTitle')}</h1>
      <p className="mt-2">{t('errorLead')}</p>
      <Button className="mt-4" onClick={reset}>
        {t('retry')}
      </Button>
    </div>
  )
}
