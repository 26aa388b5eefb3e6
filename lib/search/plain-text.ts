import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type { Nodes } from 'mdast'

const parser = unified().use(remarkParse).use(remarkGfm)

/**
 * Member Markdown as clean text for search results: emphasis, headings and list marks gone, a link reduced to its
 * text, images to their alt text, code kept as text, raw HTML and bare URLs dropped, whitespace collapsed.
 */
export function markdownToText(markdown: string): string {
  const out: string[] = []
  const walk = (node: Nodes) => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        out.push(node.value)
        return
      case 'image':
        if (node.alt) out.push(node.alt)
        return
      case 'html':
        return
      case 'break':
      case 'thematicBreak':
        out.push(' ')
        return
    }
    if ('children' in node) {
      for (const c of node.children) walk(c as Nodes)
      // Blocks end with a space so that paragraphs and list items do not run together.
      if (!['link', 'emphasis', 'strong', 'delete', 'linkReference'].includes(node.type)) out.push(' ')
    }
  }
  walk(parser.parse(markdown) as Nodes)
  return out
    .join('')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
