import { expect, test, type Browser, type Page } from '@playwright/test'
import { createUser, DEMO, expectNoAxeViolations, signIn, type TestUser } from './helpers'

async function as(browser: Browser, user: TestUser | { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, user.email, user.password)
  return page
}

async function startThread(page: Page, title: string, body: string, category = 'Attestato APO') {
  await page.goto('/forum')
  // Under load the first click can land before the page is interactive; clicking again is what a person does.
  await expect(async () => {
    if (!/\/forum\/nuova-discussione/.test(page.url())) await page.getByRole('link', { name: 'Nuova discussione' }).click()
    await expect(page).toHaveURL(/\/forum\/nuova-discussione/, { timeout: 5_000 })
  }).toPass({ timeout: 20_000 })
  await page.getByLabel('Categoria', { exact: true }).selectOption({ label: category })
  await page.getByLabel('Titolo').fill(title)
  await page.getByRole('textbox', { name: 'Testo (Markdown)' }).fill(body)
  await page.getByRole('button', { name: 'Pubblica la discussione' }).click()
}

test('start a thread, reply quoting and mentioning, notification, accepted answer, unread marker for a follower', async ({ browser }) => {
  const anna = createUser()
  const marco = createUser()
  const carla = createUser()
  const title = `Come avete costituito il comitato promotore? ${Date.now()}`

  const a = await as(browser, anna)
  await a.goto('/forum')
  await a.getByRole('link', { name: 'Nuova discussione' }).click()
  await expect(a).toHaveURL(/\/forum\/nuova-discussione/)
  await a.getByLabel('Categoria', { exact: true }).selectOption({ label: 'Attestato APO' })
  await a.getByLabel('Titolo').fill(title)
  await a
    .getByRole('textbox', { name: 'Testo (Markdown)' })
    .fill('Nel nostro distretto il **Soggetto Gestore** è un consorzio.\n\n<script>alert(1)</script>')
  await a.getByRole('button', { name: 'Anteprima' }).click()
  await expect(a.getByTestId('md-preview').locator('strong')).toHaveText('Soggetto Gestore')
  await expect(a.getByTestId('md-preview').locator('script')).toHaveCount(0)
  await a.getByRole('button', { name: 'Scrivi' }).click()
  await a
    .getByLabel('Caso studio collegato')
    .selectOption({ label: 'Distretto del Mobile Livenza: il primo tentativo italiano di EMAS di distretto' })
  await a.getByLabel('Distretto o territorio').selectOption({ label: 'Distretto del Mobile Livenza' })
  await a.getByRole('button', { name: 'Pubblica la discussione' }).click()
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(a.getByTestId('thread-cluster')).toHaveText('Territorio: Distretto del Mobile Livenza (Friuli-Venezia Giulia)')
  await expect(a.getByRole('link', { name: /Caso studio: Distretto del Mobile Livenza/ })).toBeVisible()
  const threadUrl = a.url()

  // Carla follows the thread and reads it now.
  const c = await as(browser, carla)
  await c.goto(threadUrl)
  await c.getByRole('button', { name: 'Segui la discussione' }).click()
  await expect(c.getByRole('button', { name: 'Non seguire più la discussione' })).toBeVisible()

  // Marco replies, quoting Anna's post and mentioning her.
  const m = await as(browser, marco)
  await m.goto(threadUrl)
  await m.getByRole('button', { name: `Cita il messaggio di ${anna.name}` }).click()
  await expect(m.locator('#reply-body')).toHaveValue(/> \*\*@/)
  await m.locator('#reply-body').press('End')
  await m.locator('#reply-body').pressSequentially(`@${anna.handle} da noi lo ha promosso la Provincia.`)
  await m.getByRole('button', { name: 'Pubblica la risposta' }).click()
  const reply = m.locator('#post-2')
  await expect(reply).toContainText('da noi lo ha promosso la Provincia')
  await expect(reply.locator('blockquote')).toContainText('Soggetto Gestore')

  // Anna sees the notification and accepts the reply.
  await a.goto('/forum')
  await expect(a.getByTestId('unread-count')).toHaveText(/^[1-9]/)
  await a.getByTestId('notifications-link').click()
  await a
    .getByTestId('notifications')
    .getByRole('link', { name: `${marco.name} ti ha menzionato in «${title}»` })
    .click()
  await expect(a).toHaveURL(/#post-2$/)
  await a.locator('#post-2').getByRole('button', { name: 'Segna come risposta accettata' }).click()
  await expect(a.getByTestId('accepted-answer')).toContainText('da noi lo ha promosso la Provincia')
  await expect(a.getByTestId('accepted-answer')).toContainText(`Risposta di ${marco.name}`)

  // Carla, who follows the thread, sees it as unread in the list and where the new posts start.
  await c.goto('/forum/c/attestato-apo')
  const row = c.getByTestId('thread-row').filter({ hasText: title })
  await expect(row.getByTestId('unread')).toHaveText('1 nuovo')
  await row.getByRole('link', { name: title }).click()
  await expect(c.getByTestId('unread-marker')).toBeVisible()
  await c.goto('/notifiche')
  await expect(c.getByTestId('notifications')).toContainText(`${marco.name} ha scritto in «${title}»`)

  // Anna edits her post; the history is kept and visible.
  await a.locator('#post-1').getByRole('button', { name: 'Modifica' }).click()
  await a.locator('#post-1 textarea').fill('Nel nostro distretto il Soggetto Gestore è un consorzio di imprese.')
  await a.locator('#post-1').getByRole('button', { name: 'Salva' }).click()
  await expect(a.locator('#post-1')).toContainText('consorzio di imprese')
  await a
    .locator('#post-1')
    .getByRole('link', { name: /Cronologia delle modifiche \(1\)/ })
    .click()
  await expect(a.locator('#post-1 pre')).toContainText('è un consorzio.')

  // Marco's reply is marked useful by Carla.
  await c.goto(threadUrl)
  await c.locator('#post-2').getByRole('button', { name: 'Utile' }).click()
  await expect(c.locator('#post-2').getByRole('button', { name: 'Utile (1)' })).toHaveAttribute('aria-pressed', 'true')
})

test('a moderator hides a flagged post and locks the thread; members can no longer reply', async ({ browser }) => {
  const author = createUser()
  const spammer = createUser()
  const reporter = createUser()
  const title = `Dichiarazione ambientale di distretto: esempi ${Date.now()}`
  const a = await as(browser, author)
  await startThread(a, title, 'Qualcuno ha un esempio di dichiarazione ambientale di distretto?')
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(title)
  const threadUrl = a.url()

  const s = await as(browser, spammer)
  await s.goto(threadUrl)
  await s.locator('#reply-body').fill('Compra follower a poco prezzo!')
  await s.getByRole('button', { name: 'Pubblica la risposta' }).click()
  await expect(s.locator('#post-2')).toContainText('Compra follower')

  const r = await as(browser, reporter)
  await r.goto(threadUrl)
  await r.locator('#post-2').getByRole('button', { name: 'Segnala' }).click()
  await r.locator('#post-2').getByLabel('Perché segnali questo messaggio?').fill('Pubblicità')
  await r.locator('#post-2').getByRole('button', { name: 'Invia la segnalazione' }).click()
  await expect(r.locator('#post-2').getByRole('status')).toHaveText('Segnalazione inviata ai moderatori.')

  const mod = await as(browser, { email: 'moderatore@demo.invalid', password: DEMO.password })
  await mod.goto('/forum')
  await mod.getByRole('link', { name: 'Moderazione' }).click()
  const flag = mod.getByTestId('flags').getByRole('listitem').filter({ hasText: title })
  await expect(flag).toContainText('Pubblicità')
  await flag.getByRole('button', { name: 'Nascondi il messaggio' }).click()
  await expect(mod.getByTestId('flags').getByRole('listitem').filter({ hasText: title })).toHaveCount(0)

  await mod.goto(threadUrl)
  await expect(mod.locator('#post-2')).toContainText('Motivo: Pubblicità')
  await mod.getByRole('button', { name: 'Chiudi la discussione' }).click()
  await expect(mod.getByRole('button', { name: 'Riapri la discussione' })).toBeVisible()

  await r.goto(threadUrl)
  await expect(r.locator('#post-2')).toContainText('Messaggio nascosto dai moderatori.')
  await expect(r.locator('#post-2')).not.toContainText('Compra follower')
  await expect(r.getByText('Questa discussione è chiusa')).toBeVisible()
  await expect(r.locator('#reply-body')).toHaveCount(0)
})

test('search finds a thread and highlights the words', async ({ browser }) => {
  const user = createUser()
  const word = `ecoindicatore${Date.now()}`
  const p = await as(browser, user)
  await startThread(p, `Indicatori per il ${word}`, `Quali indicatori usate? ${word} compreso.`, 'EMAS cooperativo e cluster')
  await expect(p.getByRole('heading', { level: 1 })).toContainText(word)
  // The header's search box, as a person types in it.
  const box = p.getByRole('banner').getByRole('search')
  await box.getByLabel('Cerca nel sito').fill(word)
  await box.getByRole('button', { name: 'Cerca' }).click()
  await expect(p).toHaveURL(/\/cerca\?q=/)
  const hits = p.getByTestId('search-thread')
  await expect(hits.getByRole('link')).toHaveCount(1)
  await expect(hits.locator('mark').first()).toHaveText(word)
})

test('bad input and the first-day rate limit give clear messages and keep the text', async ({ browser }) => {
  const user = createUser()
  const p = await as(browser, user)
  await p.goto('/forum/nuova-discussione')
  await p.getByLabel('Titolo').fill('Corto')
  await p.getByRole('textbox', { name: 'Testo (Markdown)' }).fill('x'.repeat(20_001))
  await p.getByRole('button', { name: 'Pubblica la discussione' }).click()
  await expect(p.locator('#field-categoryId-error')).toHaveText('Questo campo è obbligatorio.')
  await expect(p.locator('#field-title-error')).toHaveText('Il titolo deve avere almeno 8 caratteri.')
  await expect(p.locator('#thread-body-error')).toContainText('supera i 20.000 caratteri')
  await expect(p.getByLabel('Titolo')).toHaveValue('Corto')

  // A new account may open 3 threads on its first day; the 4th is refused with the text kept.
  for (let i = 1; i <= 4; i++) {
    await startThread(p, `Domanda numero ${i} sul rinnovo`, `Testo della domanda ${i} ${Date.now()}`, 'Progetti pilota')
    if (i < 4) await expect(p.getByRole('heading', { level: 1 })).toHaveText(`Domanda numero ${i} sul rinnovo`)
  }
  await expect(p.locator('main').getByRole('alert')).toContainText('account nati da meno di un giorno')
  await expect(p.getByLabel('Titolo')).toHaveValue('Domanda numero 4 sul rinnovo')
  await expect(p.getByRole('textbox', { name: 'Testo (Markdown)' })).toHaveValue(/Testo della domanda 4/)
})

for (const path of ['/forum', '/forum/c/attestato-apo', '/en/forum']) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.locator('main h1')).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

test('axe: a thread page for a signed-in member, and the new-thread form', async ({ browser }) => {
  const user = createUser()
  const p = await as(browser, user)
  await startThread(
    p,
    `Pagina per il controllo di accessibilità ${Date.now()}`,
    'Testo con **grassetto** e un [link](https://example.org).',
  )
  await expect(p.locator('#post-1')).toBeVisible()
  await expectNoAxeViolations(p)
  await p.goto('/forum/nuova-discussione')
  await expectNoAxeViolations(p)
})

test('a moderator deleting a thread in English lands on the English forum', async ({ browser }) => {
  // Reported in issue 11: after deleting a thread's first post, the moderator was sent to the Italian /forum.
  const author = await as(browser, createUser())
  const title = `Discussione da eliminare ${Date.now()}`
  await startThread(author, title, 'Un messaggio pubblicato per errore.')
  await expect(author.getByRole('heading', { level: 1 })).toHaveText(title)
  const threadPath = new URL(author.url()).pathname

  const mod = await as(browser, createUser({ role: 'MODERATOR' }))
  await mod.goto(`/en${threadPath}`)
  await expect(mod.getByRole('heading', { level: 1 })).toHaveText(title)
  mod.once('dialog', (d) => d.accept())
  await mod.locator('article').first().getByRole('button', { name: 'Delete' }).click()
  await expect(mod).toHaveURL(/\/en\/forum$/)
  await expect(mod.getByRole('heading', { level: 1 })).toHaveText('Forum')
  await expect(mod.getByRole('link', { name: title })).toHaveCount(0)
})

// Issue 15/17 follow-up: under load an @-suggestion answer could arrive after the mention was typed, reopen the list
// in the page's flow and move "Pubblica la risposta" between mouse down and up, so the click was lost (the CI failure
// of forum.spec.ts:23). A late answer must not reopen the list, and the list must never move the buttons.
test('a late @-suggestion answer does not reopen the list, and the list never moves the reply button', async ({ browser }) => {
  const anna = createUser()
  const title = `Menzioni in ritardo ${Date.now()}`
  const a = await as(browser, anna)
  await startThread(a, title, 'Una discussione per provare le menzioni.')
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(title)
  const m = await as(browser, createUser())
  let inFlight = 0
  await m.route('**/api/members/suggest**', async (route) => {
    inFlight++
    await new Promise((r) => setTimeout(r, 1_200))
    await route.continue()
    inFlight--
  })
  await m.goto(a.url())
  const box = m.locator('#reply-body')
  const button = m.getByRole('button', { name: 'Pubblica la risposta' })
  const list = m.getByRole('listbox', { name: 'Membri da menzionare' })
  // Typed faster than the answers come back: when they arrive, the mention is already finished.
  await box.pressSequentially(`@${anna.handle} grazie della risposta`, { delay: 10 })
  await expect.poll(() => inFlight, { timeout: 15_000 }).toBe(0)
  await expect(list).toBeHidden()
  // An open list lies over the page: the button below it stays where it was.
  const y = (await button.boundingBox())!.y
  await box.press('End')
  await box.pressSequentially(` @${anna.handle}`, { delay: 10 })
  await expect(list).toBeVisible()
  expect((await button.boundingBox())!.y, 'the open list does not push the button down').toBe(y)
  await box.press('Escape')
  await expect(list).toBeHidden()
  await button.click()
  await expect(m.locator('#post-2')).toContainText('grazie della risposta')
})
