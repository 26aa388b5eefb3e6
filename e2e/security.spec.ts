import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { signIn, DEMO } from './helpers'

// Issue 12: a Content-Security-Policy on every response, and pages that work under it.

test('pages, feeds, API answers and downloads carry the security headers', async ({ request }) => {
  const page = await request.get('/', { headers: { Accept: 'text/html' } })
  const csp = page.headers()['content-security-policy']!
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/)
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
  for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", 'report-uri /api/csp-report'])
    expect(csp).toContain(d)
  expect(page.headers()['x-content-type-options']).toBe('nosniff')

  for (const path of ['/feeds/events/all.ics', '/feeds/casi-studio.xml', '/api/me', '/api/event-materials/nonexistent00000']) {
    const r = await request.get(path)
    expect(r.headers()['content-security-policy'], path).toMatch(/^default-src 'none'/)
    expect(r.headers()['x-content-type-options'], path).toBe('nosniff')
  }
})

test('pages run under the policy: no violation while reading, signing in and writing', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(`${page.url()}: ${m.text()}`)
  })
  for (const path of ['/', '/casi-studio', '/forum', '/eventi?view=month', '/buone-pratiche', '/rete', '/en/network/members']) {
    await page.goto(path)
    await expect(page.locator('main h1')).toBeVisible()
  }
  await signIn(page, DEMO.member, DEMO.password)
  await page.goto('/forum/nuova-discussione')
  await page.getByRole('textbox', { name: 'Testo (Markdown)' }).fill('**Anteprima** sotto la politica di sicurezza')
  await page.getByRole('button', { name: 'Anteprima' }).click()
  await expect(page.getByTestId('md-preview').locator('strong')).toHaveText('Anteprima')
  expect(violations).toEqual([])
})

test('violation reports are accepted and malformed ones refused', async ({ request }) => {
  const report = { 'csp-report': { 'document-uri': 'http://localhost/x', 'blocked-uri': 'inline', 'violated-directive': 'script-src' } }
  expect((await request.post('/api/csp-report', { data: report, headers: { 'Content-Type': 'application/csp-report' } })).status()).toBe(
    204,
  )
  expect(
    (await request.post('/api/csp-report', { data: Buffer.from('{nope'), headers: { 'Content-Type': 'application/json' } })).status(),
  ).toBe(400)
})

/** The id of a server action in the build under test (the actions' ids change with every build). */
function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>
  }
  return Object.entries(manifest.node).find(([, v]) => v.exportedName === name)![0]
}

test('malformed requests get a 4xx, never a 500 (issue 12)', async ({ request, baseURL }) => {
  for (const path of ['/%', '/en/forum/t/%ff', '/forum/t/%E0%A4%A', '/api/event-materials/%ff', '/feeds/events/%ff.ics']) {
    expect((await request.get(path)).status(), path).toBe(400)
  }
  const id = actionId('registerAction')
  const call = (body: string | Buffer, headers: Record<string, string> = {}) =>
    request.post('/registrati', { data: body, headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', ...headers } })
  expect((await call('[{"name":"Anna"}]', { Origin: baseURL! })).status()).toBe(200)
  expect((await call('[{"name":')).status()).toBe(400)
  expect((await call('['.repeat(5000) + ']'.repeat(5000))).status()).toBe(400)
  expect((await call('[{}]', { Origin: 'https://evil.example' })).status()).toBe(403)
  const nulName = Buffer.from(
    '--XX\r\nContent-Disposition: form-data; name="1_file"; filename="a\u0000b.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--XX--\r\n',
  )
  expect((await call(nulName, { 'Content-Type': 'multipart/form-data; boundary=XX' })).status()).toBe(400)
  expect((await call(Buffer.alloc(10 * 1024 * 1024, 97), { 'Content-Type': 'multipart/form-data; boundary=XX' })).status()).toBe(413)
})
