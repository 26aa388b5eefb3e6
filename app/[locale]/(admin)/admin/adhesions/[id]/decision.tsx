'use client'
import { useTranslations } from 'next-intl'
import { DecisionForm } from '@/components/decision-form'
import { decideAdhesionAction } from '@/server/network/actions'

export function AdhesionDecision({ adhesionId }: { adhesionId: string }) {
  const t = useTranslations('admin.decision')
  return (
    <DecisionForm
      action={decideAdhesionAction}
      hidden={{ adhesionId }}
      heading={<h2 className="text-xl font-semibold">{t('title')}</h2>}
      message={{ name: 'message', label: t('message'), hint: t('messageHint') }}
      decisions={[
        { value: 'APPROVED', label: t('approve'), primary: true },
        { value: 'INFO_REQUESTED', label: t('askInfo') },
        { value: 'REJECTED', label: t('reject') },
      ]}
    />
  )
}
