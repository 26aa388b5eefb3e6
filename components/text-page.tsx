import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/breadcrumbs'

type Section = { h: unknown; p: Record<string, unknown> | unknown[] }

/** A page of policy text kept in the message files (both languages): a title, a lead, headed sections. */
export async function TextPage({ namespace }: { namespace: 'terms' | 'guidelines' | 'accessibility' }) {
  const t = await getTranslations(namespace)
  // The catalogue is compiled at build time (next.config.mjs): the raw value gives the shape (lists may become
  // objects keyed 0, 1, …), the texts come through t() by path.
  const sections = Object.values(t.raw('sections') as Record<string, Section>)
  const text = (path: string) => t(path as never)
  return (
    <article className="prose-cartesio prose max-w-3xl">
      <Breadcrumbs items={[{ label: t('title') }]} />
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      {sections.map((s, i) => (
        <section key={i}>
          <h2>{text(`sections.${i}.h`)}</h2>
          {Object.keys(s.p).map((j) => (
            <p key={j}>{text(`sections.${i}.p.${j}`)}</p>
          ))}
        </section>
      ))}
      <p className="text-sm text-muted">{t('updated')}</p>
    </article>
  )
}
