import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import rehypeStringify from 'rehype-stringify'
import { rehypeGlossary } from './rehype-glossary'
import { GLOSSARY } from './glossary'

async function html(md: string) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeGlossary, { terms: GLOSSARY, href: (id: string) => `/glossario#${id}` })
    .use(rehypeStringify)
    .process(md)
  return String(file)
}

describe('rehypeGlossary', () => {
  it('links only the first occurrence of each term', async () => {
    const out = await html('Il regolamento EMAS e ancora EMAS; poi l’attestato APO.')
    expect(out.match(/glossario#emas/g)).toHaveLength(1)
    expect(out).toContain('<a href="/glossario#apo" class="glossary-term">APO</a>')
  })
  it('leaves headings and existing links alone', async () => {
    const out = await html('## EMAS nei distretti\n\n[EMAS](https://example.org) e poi EMAS nel testo.')
    expect(out).toContain('<h2>EMAS nei distretti</h2>')
    expect(out).toContain('<a href="https://example.org">EMAS</a> e poi <a href="/glossario#emas" class="glossary-term">EMAS</a>')
  })
  it('finds several terms in one text node', async () => {
    const out = await html('Una LCA di distretto e un Soggetto Gestore.')
    expect(out).toContain('#lca')
    expect(out).toContain('#soggetto-gestore')
  })
})
