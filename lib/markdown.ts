import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkRehype from 'remark-rehype'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import type { Element, ElementContent, Root } from 'hast'
import type { VFile } from 'vfile'
import { GLOSSARY } from './glossary'
import { rehypeGlossary } from './rehype-glossary'

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

const MENTION = /(?<![\w@.])@([a-z0-9][a-z0-9._-]{1,30}[a-z0-9])/gi

/**
 * "@anna.bianchi" becomes a link to that member's profile — only for handles the caller knows to exist (passed as
 * the file's data), never inside code or an existing link. Runs after sanitising: the link is ours, the text theirs.
 */
function rehypeMentions() {
  return (tree: Root, file: VFile) => {
    const known = (file.data as { mentions?: ReadonlySet<string> }).mentions
    if (!known?.size) return
    const walk = (node: Root | Element) => {
      node.children = node.children.flatMap((child): ElementContent[] => {
        if (child.type === 'element') {
          if (!['a', 'code', 'pre'].includes(child.tagName)) walk(child)
          return [child]
        }
        if (child.type !== 'text') return [child as ElementContent]
        const out: ElementContent[] = []
        let last = 0
        for (const m of child.value.matchAll(MENTION)) {
          const handle = m[1]!.toLowerCase()
          if (!known.has(handle)) continue
          if (m.index > last) out.push({ type: 'text', value: child.value.slice(last, m.index) })
          out.push({
            type: 'element',
            tagName: 'a',
            properties: { href: `/persone/${handle}`, className: ['mention'] },
            children: [{ type: 'text', value: m[0] }],
          })
          last = m.index + m[0].length
        }
        if (out.length === 0) return [child]
        if (last < child.value.length) out.push({ type: 'text', value: child.value.slice(last) })
        return out
      }) as typeof node.children
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
  .use(rehypeMentions)
  // As in case studies: the first use of each glossary term links to its entry (issue 16). Stored HTML serves both
  // languages: the links point at the Italian pages and localiseMemberHtml moves them for English readers.
  .use(rehypeGlossary, { terms: GLOSSARY, href: (id: string) => `/glossario#${id}`, label: (g: (typeof GLOSSARY)[number]) => g.term.it })
  .use(rehypeStringify)
  .freeze()

/** Safe HTML for member-written Markdown; `mentions` are the handles (lower case) that exist and become profile links. */
export function renderMarkdown(source: string, { mentions }: { mentions?: Iterable<string> } = {}): string {
  return String(processor.processSync({ value: source, data: { mentions: mentions ? new Set(mentions) : undefined } }))
}

/** Member HTML for a reader: the site's own links in it (glossary terms, @mentions) in the reader's language. */
export function localiseMemberHtml(html: string, locale: string): string {
  if (locale !== 'en') return html
  return html.replaceAll('href="/glossario#', 'href="/en/glossary#').replaceAll('href="/persone/', 'href="/en/people/')
}

/** @handles mentioned in a text (lower case, unique), ignoring e-mail addresses and code spans. */
export function extractMentions(source: string): string[] {
  const text = source.replace(/`[^`]*`/g, ' ')
  const found = new Set<string>()
  for (const m of text.matchAll(MENTION)) found.add(m[1]!.toLowerCase())
  return [...found]
}

/** The same body typed twice (spacing and case aside) counts as a duplicate. */
export function normaliseForDuplicateCheck(source: string): string {
  return source.replace(/\s+/g, ' ').trim().toLowerCase()
}
