import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type { Nodes } from 'mdast'

const parser = unified().use(remarkParse).use(remarkGfm)

const INLINE = ['link', 'emphasis', 'strong', 'delete', 'linkReference']
const BLOCK_END = ['paragraph', 'heading', 'code', 'blockquote', 'table', 'tableRow']

/**
 * One walk over member Markdown, writing text: Markdown marks gone, images as their alt text, raw HTML dropped.
 * `lines` keeps paragraphs and list items on lines of their own and links as "text (address)"; otherwise every block
 * ends with a space (one line of text).
 */
function walkText(markdown: string, lines: boolean): string {
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
        out.push(lines ? '\n' : ' ')
        return
      case 'thematicBreak':
        out.push(lines ? '\n\n' : ' ')
        return
      case 'link':
        if (lines) {
          const start = out.length
          for (const c of node.children) walk(c as Nodes)
          const text = out.slice(start).join('')
          if (text !== node.url && text !== node.url.replace(/^mailto:/, '')) out.push(` (${node.url})`)
          return
        }
        break
      case 'listItem':
        if (lines) out.push('- ')
    }
    if ('children' in node) {
      for (const c of node.children) walk(c as Nodes)
      if (!lines) {
        if (!INLINE.includes(node.type)) out.push(' ')
      } else if (BLOCK_END.includes(node.type)) out.push('\n\n')
      else if (node.type === 'tableCell') out.push('\t')
    }
  }
  walk(parser.parse(markdown) as Nodes)
  return out.join('')
}

/**
 * Member Markdown as clean text for search results: emphasis, headings and list marks gone, a link reduced to its
 * text, images to their alt text, code kept as text, raw HTML and bare URLs dropped, whitespace collapsed.
 */
export function markdownToText(markdown: string): string {
  return walkText(markdown, false)
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Member Markdown as readable plain text for a calendar's DESCRIPTION or a text mail: Markdown marks gone, paragraphs
 * and list items on lines of their own (items start with "- "), a link kept as "text (address)".
 */
export function markdownToLines(markdown: string): string {
  return walkText(markdown, true)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/(^- .*)\n\n(?=- )/gm, '$1\n')
    .trim()
}
