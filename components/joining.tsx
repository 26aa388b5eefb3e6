import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { COMMITMENTS } from '@/lib/validations/network'

/** The seven commitments of the declaration, as the network page and the joining page show them. */
export async function CommitmentsSection({ id, note, className = 'mt-8' }: { id: string; note: ReactNode; className?: string }) {
  const th = await getTranslations('home')
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-2xl font-semibold">
        {th('commitmentsTitle')}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6" data-testid="join-commitments">
        {COMMITMENTS.map((n) => (
          <li key={n}>{th(`commitments.${n}`)}</li>
        ))}
      </ol>
      <p className="mt-2 text-sm text-muted">{note}</p>
    </section>
  )
}

/** How joining works, step by step; `children` follow the steps (e.g. the call to action). */
export async function JoinSteps({ id, className = 'mt-8', children }: { id: string; className?: string; children?: ReactNode }) {
  const t = await getTranslations('network')
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-2xl font-semibold">
        {t('howTitle')}
      </h2>
      <ol className="mt-3 list-decimal space-y-1 pl-6">
        {(['1', '2', '3', '4'] as const).map((n) => (
          <li key={n}>{t(`how.${n}`)}</li>
        ))}
      </ol>
      {children}
    </section>
  )
}
