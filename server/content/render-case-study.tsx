import 'server-only'
import type { ReactNode } from 'react'
import { compileMDX } from 'next-mdx-remote/rsc'
import remarkGfm from 'remark-gfm'
import rehypeSlug from 'rehype-slug'
import { getTranslations } from 'next-intl/server'
import { getPathname } from '@/i18n/navigation'
import { GLOSSARY } from '@/lib/glossary'
import { rehypeGlossary } from '@/lib/rehype-glossary'
import { Callout } from '@/components/mdx/callout'
import { Figure } from '@/components/mdx/figure'
import { Milestone, Timeline } from '@/components/mdx/timeline'
import { SourceRef } from '@/components/mdx/source-ref'
import { OutcomeTable } from '@/components/mdx/outcome-table'
import { bodyFor, type CaseStudy } from '@/server/content/case-studies'

/** Compiles a case study's MDX body (trusted content from git) with the components authors may use. */
export async function renderCaseStudyBody(cs: CaseStudy, locale: 'it' | 'en') {
  const t = await getTranslations({ locale, namespace: 'caseStudies' })
  const glossaryPath = getPathname({ href: '/glossary', locale })
  const labels = {
    caption: t('outcomesCaption'), outcome: t('outcome'), value: t('value'), period: t('period'), source: t('source'), none: t('noOutcomes'),
  }
  const { content } = await compileMDX({
    source: bodyFor(cs, locale).body,
    components: {
      Callout: (p: { kind?: 'note' | 'tip' | 'warning'; children: ReactNode }) => <Callout {...p} locale={locale} />,
      Figure,
      Timeline: (p: { children: ReactNode }) => <Timeline {...p} label={t('timeline')} />,
      Milestone,
      Source: (p: { n: string }) => <SourceRef n={p.n} label={t('sourceRef')} />,
      OutcomeTable: () => <OutcomeTable outcomes={cs.outcomes} locale={locale} labels={labels} />,
    },
    options: {
      blockJS: true,
      mdxOptions: {
        remarkPlugins: [remarkGfm],
        rehypePlugins: [rehypeSlug, [rehypeGlossary, { terms: GLOSSARY, href: (id: string) => `${glossaryPath}#${id}`, label: (g: (typeof GLOSSARY)[number]) => g.term[locale] }]],
      },
    },
  })
  return content
}
