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

/**
 * Member Markdown as readable plain text for a calendar's DESCRIPTION or a text mail: Markdown marks gone, paragraphs
 * and list items on lines of their own (items start with "- "), a link kept as "text (address)".
 */
export function markdownToLines(markdown: string): string {
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
        out.push('\n')
        return
      case 'thematicBreak':
        out.push('\n\n')
        return
      case 'link': {
        const start = out.length
        for (const c of node.children) walk(c as Nodes)
        const text = out.slice(start).join('')
        if (text !== node.url && text !== node.url.replace(/^mailto:/, '')) out.push(` (${node.url})`)
        return
      }
      case 'listItem':
        out.push('- ')
    }
    if ('children' in node) {
      for (const c of node.children) walk(c as Nodes)
      if (['paragraph', 'heading', 'code', 'blockquote', 'table', 'tableRow'].includes(node.type)) out.push('\n\n')
      if (node.type === 'listItem' || node.type === 'tableCell') out.push(node.type === 'tableCell' ? '\t' : '')
    }
  }
  walk(parser.parse(markdown) as Nodes)
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/(^- .*)\n\n(?=- )/gm, '$1\n')
    .trim()
}
