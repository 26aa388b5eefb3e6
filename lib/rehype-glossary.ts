import type { Element, ElementContent, Root, Text } from 'hast'
import type { GlossaryTerm } from './glossary'

const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'sup'])

/**
 * Links the first occurrence of each glossary term in the text to its glossary entry (`href(id)`).
 * Headings, links, code and footnote markers are left alone.
 */
export function rehypeGlossary(options: { terms: GlossaryTerm[]; href: (id: string) => string; label?: (term: GlossaryTerm) => string }) {
  return (tree: Root) => {
    const pending = new Map(options.terms.map((t) => [t.id, { term: t, re: new RegExp(t.match) }]))
    const walk = (node: Root | Element) => {
      for (let i = 0; i < node.children.length && pending.size > 0; i++) {
        const child = node.children[i]!
        if (child.type === 'element') {
          if (!SKIP_TAGS.has(child.tagName)) walk(child)
          continue
        }
        if (child.type !== 'text') continue
        let best: { id: string; term: GlossaryTerm; index: number; length: number } | undefined
        for (const [id, { term, re }] of pending) {
          const m = re.exec(child.value)
          if (m && (!best || m.index < best.index)) best = { id, term, index: m.index, length: m[0].length }
        }
        if (!best) continue
        pending.delete(best.id)
        const before = child.value.slice(0, best.index)
        const match = child.value.slice(best.index, best.index + best.length)
        const after = child.value.slice(best.index + best.length)
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: { href: options.href(best.id), className: ['glossary-term'], title: options.label?.(best.term) },
          children: [{ type: 'text', value: match }],
        }
        const parts: ElementContent[] = []
        if (before) parts.push({ type: 'text', value: before } as Text)
        parts.push(link)
        if (after) parts.push({ type: 'text', value: after } as Text)
        node.children.splice(i, 1, ...(parts as typeof node.children))
        // Continue after the link: the remaining text may hold other terms.
        i += parts.length - (after ? 2 : 1)
      }
    }
    walk(tree)
  }
}
