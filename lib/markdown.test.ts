import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractMentions, localiseMemberHtml, normaliseForDuplicateCheck, renderMarkdown } from './markdown'

const CORPUS_DIR = path.resolve(__dirname, '../../shared/security/xss-payloads')
const corpus = fs.existsSync(CORPUS_DIR)
  ? fs
      .readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) =>
        fs
          .readFileSync(path.join(CORPUS_DIR, f), 'utf8')
          .split('\n')
          .filter((l) => l.trim()),
      )
  : []

const ALLOWED_TAGS = new Set([
  'p',
  'a',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'br',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'sup',
  'sub',
  'section',
  'div',
  'span',
  'dl',
  'dt',
  'dd',
  'kbd',
  'q',
  's',
  'strike',
  'b',
  'i',
  'ins',
  'abbr',
  'var',
  'samp',
  'tt',
  'ruby',
  'rt',
  'rp',
  'picture',
  'summary',
  'details',
  'caption',
  'figure',
  'figcaption',
  'tfoot',
  'center',
  'small',
  'big',
  'cite',
  'dfn',
  'mark',
  'time',
  'u',
  'wbr',
])

/**
 * Nothing executable reaches the page: every real tag in the output (text is escaped, so "<" only opens
 * real tags) is on an allow-list, has no event handler or style attribute, and links/images use only
 * http(s)/mailto addresses.
 */
function assertInert(html: string) {
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    const tag = m[1]!.toLowerCase()
    const attrs = m[2]!
    expect(ALLOWED_TAGS.has(tag), `tag <${tag}>`).toBe(true)
    expect(attrs, `event handler in <${tag}${attrs}>`).not.toMatch(/\son[a-z]+\s*=/i)
    expect(attrs, `style in <${tag}${attrs}>`).not.toMatch(/\sstyle\s*=/i)
    for (const a of attrs.matchAll(/\s(href|src|action|formaction|xlink:href|srcset|cite|background|poster)\s*=\s*"([^"]*)"/gi)) {
      const value = a[2]!
        .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
        .replace(/[\s\u0000-\u001f]/g, '')
        .toLowerCase()
      expect(value, `${a[1]} in <${tag}>`).toMatch(/^(https?:|mailto:|#|\/|[^:]*$)/)
    }
  }
}

describe('renderMarkdown', () => {
  it('renders the Markdown members use', () => {
    const html = renderMarkdown(
      '# Titolo\n\n**grassetto** e _corsivo_, [link](https://example.org)\n\n> citazione\n\n- a\n- b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`codice`',
    )
    expect(html).toContain('<strong>grassetto</strong>')
    expect(html).toContain('<blockquote>')
    expect(html).toContain('<table>')
    expect(html).toContain('<a href="https://example.org" rel="nofollow ugc noopener noreferrer">link</a>')
  })

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[clic](javascript:alert(1))',
    '[clic](JaVaScRiPt:alert(1))',
    '[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    '<svg onload=alert(1)><circle r=1 /></svg>',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '[x](vbscript:msgbox(1))',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  ])('neutralises %s', (payload) => {
    assertInert(renderMarkdown(payload))
  })

  it(`neutralises every payload of the shared XSS corpus (${corpus.length} lines)`, () => {
    expect(corpus.length).toBeGreaterThan(100)
    for (const payload of corpus) {
      const html = renderMarkdown(payload)
      try {
        assertInert(html)
      } catch (e) {
        throw new Error(`payload not neutralised: ${payload}\n→ ${html}\n${(e as Error).message}`)
      }
    }
  })
})

describe('mentions and duplicates', () => {
  it('finds @handles but not e-mail addresses or code', () => {
    expect(extractMentions('Ciao @anna.bianchi e @Marco_Verdi, scrivi a x@example.org; `@nope`')).toEqual(['anna.bianchi', 'marco_verdi'])
  })
  it('ignores spacing and case for the duplicate guard', () => {
    expect(normaliseForDuplicateCheck('  Ciao\n\nMONDO ')).toBe(normaliseForDuplicateCheck('ciao mondo'))
  })
})

describe('mention links', () => {
  it('links known handles to their profile, not unknown ones, not inside code or links, not e-mail addresses', () => {
    const html = renderMarkdown('Ciao @anna.bianchi e @nessuno; `@anna.bianchi` e [@anna.bianchi](https://example.org) e x@anna.bianchi', {
      mentions: ['anna.bianchi'],
    })
    expect(html).toContain('<a href="/persone/anna.bianchi" class="mention">@anna.bianchi</a> e @nessuno')
    expect(html.match(/class="mention"/g)).toHaveLength(1)
    expect(html).toContain('<code>@anna.bianchi</code>')
    expect(html).toContain('x@anna.bianchi')
  })
  it('leaves text alone when no handle is known', () => {
    expect(renderMarkdown('Ciao @anna.bianchi')).toBe('<p>Ciao @anna.bianchi</p>')
  })
})

describe('glossary terms in member text', () => {
  it('links the first use of a term to the glossary, in the reader language, never inside links or code', () => {
    const html = renderMarkdown('Il percorso EMAS del distretto: EMAS ogni anno. `EMAS` e [EMAS](https://example.org)')
    expect(html.match(/href="\/glossario#emas"/g)).toHaveLength(1)
    expect(html).toContain('<code>EMAS</code>')
    expect(localiseMemberHtml(html, 'en')).toContain('href="/en/glossary#emas"')
    expect(localiseMemberHtml(html, 'it')).toBe(html)
    expect(localiseMemberHtml(renderMarkdown('Ciao @anna.bianchi', { mentions: ['anna.bianchi'] }), 'en')).toContain(
      'href="/en/people/anna.bianchi"',
    )
  })
})
