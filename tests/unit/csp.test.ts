import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript module of the server script
import { inlineScripts, pagePolicy, resourcePolicy } from '../../scripts/lib/csp.mjs'

const sha = (s: string) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`

describe('Content-Security-Policy (issue 12)', () => {
  const html = `<html><head><script src="/_next/static/a.js" async></script></head><body>
<script>self.__next_f.push([1,"a"])</script><script >(self.__next_f=self.__next_f||[]).push([0])</script>
<script type="application/ld+json">{"@type":"Event"}</script></body></html>`

  it('hashes every inline script and no script with a src', () => {
    expect(inlineScripts(html)).toEqual(['self.__next_f.push([1,"a"])', '(self.__next_f=self.__next_f||[]).push([0])', '{"@type":"Event"}'])
  })
  it('allows those scripts by hash and never inline script or eval in production', () => {
    const p = pagePolicy(html) as string
    expect(p).toContain(sha('self.__next_f.push([1,"a"])'))
    expect(p).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(p).not.toContain('unsafe-eval')
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", 'report-uri /api/csp-report'])
      expect(p).toContain(d)
  })
  it('lets nothing run in feeds, API answers and downloads', () => {
    expect(resourcePolicy).toMatch(/^default-src 'none'/)
    expect(resourcePolicy).not.toContain('script-src')
  })
})
