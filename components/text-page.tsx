import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/breadcrumbs'

type Section = { h: string; p: string[] }

/** A page of policy text kept in the message files (both languages): a title, a lead, headed sections. */
export async function TextPage({ namespace }: { namespace: 'terms' | 'guidelines' | 'accessibility' }) {
  const t = await getTranslations(namespace)
  const sections = t.raw('sections') as Section[]
  return (
    <article className="prose-cartesio prose max-w-3xl">
      <Breadcrumbs items={[{ label: t('title') }]} />
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      {sections.map((s) => (
        <section key={s.h}>
          <h2>{s.h}</h2>
          {s.p.map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </section>
      ))}
      <p className="text-sm text-muted">{t('updated')}</p>
    </article>
  )
}
