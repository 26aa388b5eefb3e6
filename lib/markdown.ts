import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkRehype from 'remark-rehype'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import type { Element, Root } from 'hast'

// Member-written Markdown → safe HTML. Raw HTML in the source is dropped (remark-rehype without
// allowDangerousHtml), then rehype-sanitize applies an allow-list: no scripts, no event handlers,
// no style, only http(s)/mailto links and https images. Member text is never compiled as MDX.

const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['input', 'details', 'summary'].includes(t)),
  protocols: { href: ['http', 'https', 'mailto'], src: ['https'], cite: ['http', 'https'] },
  clobberPrefix: 'md-',
}

/** Links open as user content: no referrer juice, no window.opener. */
function rehypeUgcLinks() {
  return (tree: Root) => {
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue
        if (child.tagName === 'a') child.properties = { ...child.properties, rel: ['nofollow', 'ugc', 'noopener', 'noreferrer'] }
        walk(child)
      }
    }
    walk(tree)
  }
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeUgcLinks)
  .use(rehypeStringify)
  .freeze()

export function renderMarkdown(source: string): string {
  return String(processor.processSync(source))
}

/** @handles mentioned in a text (lower case, unique), ignoring e-mail addresses and code spans. */
export function extractMentions(source: string): string[] {
  const text = source.replace(/`[^`]*`/g, ' ')
  const found = new Set<string>()
  for (const m of text.matchAll(/(?<![\w@.])@([a-z0-9][a-z0-9._-]{1,30}[a-z0-9])/gi)) found.add(m[1]!.toLowerCase())
  return [...found]
}

/** The same body typed twice (spacing and case aside) counts as a duplicate. */
export function normaliseForDuplicateCheck(source: string): string {
  return source.replace(/\s+/g, ' ').trim().toLowerCase()
}
