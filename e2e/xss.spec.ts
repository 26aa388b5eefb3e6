import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createUser, signIn } from './helpers'

// Issue 12: stored XSS in a real browser. The shared corpus goes into the fields that show member text — post
// bodies (the whole corpus), thread titles and tags, a meeting's title, description and place, a member's name —
// and every page that shows them is opened in Chromium with the Content-Security-Policy bypassed, so that the
// sanitiser alone must hold: no dialog, no script of the payloads, no on* attribute, no javascript:/data: URL.

const dir = path.resolve('../shared/security/xss-payloads')
const corpus = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
      .map((l) => l.trim())
      .filter(Boolean)
  : []
/** Payloads with control characters are refused at input (with a message); the others are stored and shown. */
const storable = corpus.filter((p) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(p))
/** Payloads that fit on one line of a title (≤ 140 characters). */
const short = storable.filter((p) => p.length <= 140 && !/[\u0000-\u001f\u007f]/.test(p))
const pick = (n: number, from: number) => Array.from({ length: n }, (_, i) => short[(from + i * 37) % short.length]!)
/** The corpus in bodies of at most ~18,000 characters, one payload a paragraph. */
function chunks(): string[] {
  const out: string[] = ['']
  for (const p of storable) {
    if (out.at(-1)!.length + p.length > 18_000) out.push('')
    out[out.length - 1] += `${p}\n\n`
  }
  return out
}

const pagesChecked: string[] = []
async function expectInert(page: Page, url: string) {
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  const found = await page.evaluate(() => {
    const bad: string[] = []
    for (const s of Array.from(document.querySelectorAll('script'))) {
      const src = s.getAttribute('src') ?? ''
      const inline = s.textContent ?? ''
      // Next's own: its files, its inline payload and bootstrap; and the pages' JSON-LD (data, never run).
      const ours =
        src.startsWith('/_next/') ||
        /^\(?self\.__next_f/.test(inline) ||
        inline.startsWith('(globalThis["TURBOPACK"]') ||
        s.type === 'application/ld+json'
      if (!ours) bad.push(`script: ${src || inline.slice(0, 60)}`)
    }
    for (const el of Array.from(document.querySelectorAll('main *'))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`)
        if (
          ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(a.name) &&
          /^\s*(javascript|data|vbscript):/i.test(a.value)
        )
          bad.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`)
      }
      if (['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META'].includes(el.tagName)) bad.push(el.tagName)
    }
    return bad
  })
  expect(found, url).toEqual([])
  pagesChecked.push(url)
}

test('the XSS corpus stays inert wherever members can write it', async ({ browser }) => {
  test.setTimeout(240_000)
  expect(corpus.length, 'the shared corpus').toBeGreaterThan(500)
  const context = await browser.newContext({ bypassCSP: true })
  const page = await context.newPage()
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const organiser = createUser({ role: 'ORGANISER' })
  await signIn(page, organiser.email, organiser.password)

  // A member's name (shown next to every post and on their profile).
  await page.goto('/profilo')
  const hostileName = short.find((p) => p.length <= 100 && /<|on\w+=/i.test(p))!
  await page.getByLabel('Nome e cognome').fill(hostileName)
  await page.getByRole('button', { name: 'Salva' }).click()
  await expect(page.getByRole('status').first()).toBeVisible()

  // A thread whose title and tags are payloads, and the whole corpus in its posts.
  const bodies = chunks()
  const titles = pick(3, 5)
  let threadUrl = ''
  for (const [i, title] of titles.entries()) {
    await page.goto('/forum/nuova-discussione')
    await page.getByLabel('Categoria', { exact: true }).selectOption({ index: 1 })
    await page.getByLabel('Titolo').fill(`${i} ${title}`.padEnd(8, '.'))
    await page.getByLabel('Etichette').fill('xss, prova')
    await page.getByRole('textbox', { name: 'Testo (Markdown)' }).fill(i === 0 ? bodies[0]! : `Payload ${i}: ${title}`)
    await page.getByRole('button', { name: 'Pubblica la discussione' }).click()
    await expect(page).toHaveURL(/\/forum\/t\//)
    if (i === 0) threadUrl = new URL(page.url()).pathname
  }
  for (const body of bodies.slice(1)) {
    await page.goto(threadUrl)
    const before = await page.locator('main article').count()
    await page.locator('#reply-body').fill(body)
    await page.getByRole('button', { name: 'Pubblica la risposta' }).click()
    await expect(page.locator('main article')).toHaveCount(before + 1)
  }

  // A meeting whose title, description and place are payloads.
  const [eventTitle, eventPlace] = pick(2, 11)
  await page.goto('/eventi/nuovo')
  await page.getByLabel('Titolo').fill(eventTitle!)
  await page.getByLabel('Tipo').selectOption({ label: 'Plenaria' })
  await page.getByRole('textbox', { name: 'Descrizione (Markdown)' }).fill(bodies[0]!)
  await page.getByLabel('Inizio (ora di Roma)').fill('2027-10-01T10:00')
  await page.getByLabel('Fine (ora di Roma)').fill('2027-10-01T12:00')
  await page.getByLabel('Indirizzo').fill(eventPlace!.slice(0, 200))
  await page.getByRole('button', { name: "Pubblica l'evento" }).click()
  await expect(page).toHaveURL(/\/eventi\/[a-z0-9]+$/)
  const eventUrl = new URL(page.url()).pathname

  const handle = await page.getByTestId('account-link').getAttribute('href')
  for (const url of [
    threadUrl,
    '/forum',
    eventUrl,
    '/eventi',
    '/eventi?view=month&month=2027-10',
    '/notifiche',
    '/profilo',
    `/cerca?q=xss`,
    handle ?? '/',
  ]) {
    await expectInert(page, url)
  }
  // The same pages, read by someone else (anonymous).
  const anon = await (await browser.newContext({ bypassCSP: true })).newPage()
  anon.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  for (const url of [threadUrl, '/forum', eventUrl, '/eventi']) await expectInert(anon, url)
  expect(dialogs).toEqual([])
  console.log(
    `xss: ${storable.length} of ${corpus.length} payloads stored (the rest refused at input for control characters), ${short.length} fit a title; ` +
      `fields: post bodies, thread titles and tags, meeting title/description/place, member name; ${pagesChecked.length} page views checked`,
  )
})
