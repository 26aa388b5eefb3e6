import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { E2E_PG2_BASE_URL, E2E_PG_BASE_URL, E2E_PG_URL } from '../playwright.config'
import { createUser, DEMO, signIn, type TestUser } from './helpers'

// Issue 15: public pages come from the page cache. What differs per member (the account corner, the follow button)
// is filled in by the browser, so a cached page never carries one member's data to another; and with two app
// instances on one PostgreSQL database, a write on one shows on the other within a second.

const CACHED = ['/', '/rete', '/territori/toscana', '/forum', '/forum/c/attestato-apo', '/casi-studio']

/**
 * Requests a page until the answer comes from the cache (the other test worker's writes may expire it in between)
 * and returns that answer's HTML.
 */
async function fromCache(request: APIRequestContext, url: string): Promise<string> {
  let html = ''
  await expect
    .poll(
      async () => {
        const res = await request.get(url)
        html = await res.text()
        return res.headers()['x-nextjs-cache']
      },
      { message: `${url} is served from the cache`, timeout: 15_000 },
    )
    .toMatch(/HIT|STALE/)
  return html
}

/** Starts a discussion in the APO category from the new-thread form; returns the thread's path. */
async function startThread(page: Page, title: string, body: string): Promise<string> {
  await page.goto('/forum/nuova-discussione')
  await page.getByLabel('Categoria', { exact: true }).selectOption({ label: 'Attestato APO' })
  await page.getByLabel('Titolo').fill(title)
  await page.getByRole('textbox', { name: 'Testo (Markdown)' }).fill(body)
  await page.getByRole('button', { name: 'Pubblica la discussione' }).click()
  await expect(page).toHaveURL(/\/forum\/t\/[A-Za-z0-9_-]+$/)
  return new URL(page.url()).pathname
}

async function as(browser: Browser, user: TestUser) {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, user.email, user.password)
  return page
}

test('two members never see each other’s data through the page cache', async ({ browser, request }) => {
  const suffix = Date.now().toString(36)
  const [anna, bruno] = [createUser({ name: `Anna Cache ${suffix}` }), createUser({ name: `Bruno Cache ${suffix}` })]
  const a = await as(browser, anna)
  const b = await as(browser, bruno)
  // Anna follows Tuscany; Bruno does not.
  await a.goto('/territori/toscana')
  await a.getByRole('button', { name: 'Segui Toscana' }).click()
  await expect(a.getByRole('button', { name: 'Non seguire più Toscana' })).toBeVisible()

  for (const path of CACHED) {
    // The page is in the cache: a repeated anonymous request is a hit.
    const html = await fromCache(request, path)
    for (const u of [anna, bruno]) {
      expect(html, `${path} as cached holds nobody's name`).not.toContain(u.name)
      expect(html).not.toContain(u.email)
    }
    await a.goto(path)
    await b.goto(path)
    await expect(a.getByTestId('account-link')).toContainText(anna.name)
    await expect(b.getByTestId('account-link')).toContainText(bruno.name)
    await expect(a.getByTestId('account-link')).not.toContainText(bruno.name)
    await expect(b.getByTestId('account-link')).not.toContainText(anna.name)
  }
  // On the cached region page each sees their own follow state.
  await a.goto('/territori/toscana')
  await b.goto('/territori/toscana')
  await expect(a.getByRole('button', { name: 'Non seguire più Toscana' })).toBeVisible()
  await expect(b.getByRole('button', { name: 'Segui Toscana' })).toBeVisible()

  // A thread page is one cached page for visitors and members alike (Bruno's request, with his session, is a hit);
  // each member's tools come on top of it in their own browser.
  const thread = await startThread(a, `Discussione in cache ${suffix}`, 'Il testo di Anna, per la prova della cache.')
  const html = await fromCache(b.context().request, thread)
  expect(html).not.toContain(bruno.name)
  expect(html, 'no member tools in the cached page').not.toMatch(/>(Modifica|Segnala|Segui la discussione)</)
  await a.goto(thread)
  await b.goto(thread)
  const [postA, postB] = [a.getByTestId('post').first(), b.getByTestId('post').first()]
  await expect(postA.getByRole('button', { name: 'Modifica' })).toBeVisible()
  await expect(postB.getByRole('button', { name: 'Segnala' })).toBeVisible()
  await postB.getByRole('button', { name: 'Utile' }).click()
  await expect(postB.getByRole('button', { name: 'Utile (1)' })).toHaveAttribute('aria-pressed', 'true')
  await expect(b.getByRole('button', { name: 'Segui la discussione' })).toBeVisible()
  await expect(a.getByRole('button', { name: 'Non seguire più la discussione' })).toBeVisible()
  await expect(postB.getByRole('button', { name: 'Modifica' })).toHaveCount(0)
  await expect(postA.getByRole('button', { name: 'Segnala' })).toHaveCount(0)
  // Anna cannot mark her own post: she reads the count, not a button.
  await a.reload()
  await expect(postA.getByText('Utile (1)')).toBeVisible()
  await expect(postA.getByRole('button', { name: /Utile/ })).toHaveCount(0)
})

test('a new discussion on one instance shows on the other instance’s cached home within a second (PostgreSQL)', async ({
  browser,
  request,
}) => {
  test.skip(!E2E_PG_URL, 'needs the two PostgreSQL instances that npm test starts')
  const page = await (await browser.newContext({ baseURL: E2E_PG_BASE_URL })).newPage()
  await signIn(page, DEMO.member, DEMO.password)
  // Up to three writes, each timed on its own: the other test worker's bursts (200 registrations at once on the same
  // two cores) can hold the second instance's render past a second once. A write that never reaches the other
  // instance fails all three: its cached home would stay as it was for the page's five-minute lifetime.
  const times: number[] = []
  for (let attempt = 1; attempt <= 3 && !times.some((t) => t >= 0 && t <= 1000); attempt++) {
    // The second instance's home is cached.
    await fromCache(request, `${E2E_PG2_BASE_URL}/`)
    // A member starts a discussion on the first instance.
    const tag = `${Date.now().toString(36)}${attempt}`
    const title = `Tavolo tra istanze ${tag}`
    await startThread(page, title, `Chi partecipa al tavolo di lunedì? (${tag})`)
    const written = Date.now()
    // The other instance's home lists it within a second.
    let seenAfter = -1
    while (Date.now() - written <= 3000) {
      const html = await (await request.get(`${E2E_PG2_BASE_URL}/`)).text()
      if (html.includes(title)) {
        seenAfter = Date.now() - written
        break
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    times.push(seenAfter)
  }
  console.log(
    `cache across instances: the second instance's home showed the new discussion after ${times.join(', ')} ms (-1: not within 3 s)`,
  )
  expect(
    times.some((t) => t >= 0 && t <= 1000),
    `times: ${times.join(', ')} ms`,
  ).toBe(true)
})

test('a cached page the browser revalidates (304) keeps its own script policy', async ({ request }) => {
  const first = await request.get('/rete', { headers: { accept: 'text/html' } })
  const etag = first.headers()['etag']
  expect(etag).toBeTruthy()
  expect(first.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)
  const again = await request.get('/rete', { headers: { accept: 'text/html', 'if-none-match': etag! } })
  expect(again.status()).toBe(304)
  // A policy on the 304 would replace the stored page's one in the browser (and a resource policy blocks every script).
  expect(again.headers()['content-security-policy']).toBeUndefined()
})

test('visitors read a thread from the page cache, and a new reply reaches them at once', async ({ browser, request }) => {
  const author = createUser()
  const a = await as(browser, author)
  const title = `Discussione in cache ${Date.now().toString(36)}`
  const path = await startThread(a, title, 'Apriamo il tavolo sul programma comune.')

  // The category lists it for visitors too (its cached first page expired with the write).
  expect(await (await request.get('/forum/c/attestato-apo')).text()).toContain(title)
  // A visitor's second read is a cache hit, with the posts and no member's tools.
  expect(await fromCache(request, path)).toContain('Apriamo il tavolo sul programma comune.')

  // The author replies; the visitor's next read has the reply.
  await a.locator('#reply-body').fill('Prima risposta: ci siamo anche noi.')
  await a.getByRole('button', { name: 'Pubblica la risposta' }).click()
  await expect(a.locator('#post-2')).toContainText('Prima risposta')
  expect(await (await request.get(path)).text()).toContain('Prima risposta: ci siamo anche noi.')

  // A visitor in a browser sees the thread and is offered to sign in to reply.
  const v = await (await browser.newContext()).newPage()
  await v.goto(path)
  await expect(v.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(v.getByRole('link', { name: 'Accedi per rispondere' })).toBeVisible()
})
