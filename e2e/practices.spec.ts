import { expect, test, type Browser, type Page } from '@playwright/test'
import { createUser, DEMO, expectNoAxeViolations, signIn } from './helpers'

async function as(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, email, password)
  return page
}

test('a member drafts, leaves and resumes, submits; a moderator returns it; the member fixes it; the moderator publishes; anyone finds it', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const author = createUser()
  const word = `fitodepurazione${Date.now().toString(36)}`
  const title = `Impianto consortile di ${word}`
  const me = await as(browser, author.email, author.password)

  // 1. A draft: only a title and some text; live preview as it is typed.
  await me.goto('/buone-pratiche')
  await me.getByRole('link', { name: 'Scrivi una buona pratica' }).click()
  await expect(me).toHaveURL(/\/buone-pratiche\/nuova$/)
  await me.getByLabel('Titolo').fill(title)
  await me.getByRole('textbox', { name: 'Testo (Markdown)' }).fill('Sei imprese **condividono** un impianto.')
  await expect(me.getByTestId('md-live-preview').locator('strong')).toHaveText('condividono')
  await expectNoAxeViolations(me)
  await me.getByRole('button', { name: 'Salva la bozza' }).click()
  await expect(me).toHaveURL(/\/buone-pratiche\/[a-z0-9]+\/modifica\?saved=1$/)
  await expect(me.getByText('Bozza salvata.')).toBeVisible()

  // 2. Leave, come back through "my good practices": the text is all there.
  await me.goto('/')
  await me.goto('/buone-pratiche/mie')
  const row = me.getByTestId('my-practices').getByRole('listitem').filter({ hasText: title })
  await expect(row).toContainText('Bozza')
  await row.getByRole('link', { name: `Modifica «${title}»` }).click()
  await expect(me).toHaveURL(/\/modifica$/, { timeout: 30_000 })
  await expect(me.getByLabel('Titolo')).toHaveValue(title)
  await expect(me.getByRole('textbox', { name: 'Testo (Markdown)' })).toHaveValue('Sei imprese **condividono** un impianto.')

  // 3. Submitting needs more: messages next to the fields, nothing lost.
  await me.getByRole('button', { name: 'Invia alla revisione' }).click()
  await expect(me.locator('#field-summary-error')).toHaveText('Questo campo è obbligatorio.')
  await expect(me.locator('#group-instruments-error')).toHaveText('Scegli almeno uno strumento.')
  await expect(me.locator('#practice-body-error')).toHaveText('Il testo è troppo breve per essere utile (almeno 50 caratteri).')
  await expect(me.getByLabel('Titolo')).toHaveValue(title)
  await me.getByLabel('Sintesi').fill('Un depuratore comune al posto di sei impianti aziendali, gestito dal consorzio.')
  await me
    .getByRole('textbox', { name: 'Testo (Markdown)' })
    .fill(`Sei imprese del distretto **condividono** un impianto di ${word}.\n\n- gestione consortile\n- controlli mensili`)
  await me.getByLabel('EMAS').check()
  await me.getByLabel('Attestato APO').check()
  await me.getByLabel('Tema').selectOption({ label: 'Acqua' })
  await me.getByLabel('Regione').selectOption({ label: 'Toscana' })
  await me.getByLabel('Risultato 1: che cosa').fill('Acqua riutilizzata')
  await me.getByLabel('Risultato 1: cifra').fill('tre')
  await me.getByLabel('Risultato 1: unità').fill('milioni di m³/anno')
  await me.getByRole('button', { name: 'Invia alla revisione' }).click()
  await expect(me.locator('#result-value-0-error')).toHaveText('Scrivi una cifra, ad esempio 3,5 o -18.')
  await me.getByLabel('Risultato 1: cifra').fill('3,5')
  await me.getByRole('button', { name: 'Invia alla revisione' }).click()
  await expect(me.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(me.getByRole('status')).toContainText('in revisione')
  const practiceUrl = me.url()

  // 4. A moderator finds it in the queue and returns it with a comment (a comment is required).
  const mod = await as(browser, 'moderatore@demo.invalid', DEMO.password)
  await mod.goto('/buone-pratiche/revisione')
  await mod.getByTestId('review-queue').getByRole('link', { name: title }).click()
  const panel = mod.getByTestId('review-panel')
  await expect(panel).toContainText('Primo invio')
  await panel.getByRole('button', { name: 'Restituisci all’autore' }).click()
  await expect(mod.locator('#field-comment-error')).toHaveText('Scrivi all’autore il perché (almeno 5 caratteri).')
  await panel.getByLabel('Commenti per l’autore').fill('Indicate quante imprese sono collegate e da quando.')
  await panel.getByRole('button', { name: 'Restituisci all’autore' }).click()
  await expect(mod.getByTestId('review-comment')).toContainText('Indicate quante imprese')

  // 5. The member is told, reads the comment, fixes the text and submits again.
  await me.goto('/notifiche')
  await me
    .getByTestId('notifications')
    .getByRole('link', { name: `Moderatore Demo ti ha restituito la buona pratica «${title}» con dei commenti` })
    .click()
  await expect(me.getByTestId('review-comment')).toContainText('Indicate quante imprese sono collegate e da quando.')
  await me.getByRole('link', { name: 'Modifica', exact: true }).click()
  await expect(me.getByTestId('review-comment')).toContainText('Indicate quante imprese')
  await me
    .getByRole('textbox', { name: 'Testo (Markdown)' })
    .fill(`Dal 2019 sei imprese del distretto **condividono** un impianto di ${word}.\n\n- gestione consortile\n- controlli mensili`)
  await me.getByRole('button', { name: 'Invia alla revisione' }).click()
  await expect(me.getByRole('status')).toContainText('in revisione')

  // 6. The moderator sees exactly what changed since the first text, and publishes.
  await mod.goto(practiceUrl)
  await expect(panel).toContainText('Ecco che cosa è cambiato rispetto al testo n. 1')
  await expect(panel.locator('ins').first()).toContainText('Dal 2019')
  await expectNoAxeViolations(mod)
  await panel.getByRole('button', { name: 'Pubblica' }).click()
  await expect(mod.getByTestId('review-panel')).toHaveCount(0)

  // 7. An anonymous visitor finds it through the filters and reads it.
  const anon = await (await browser.newContext()).newPage()
  // …and feed readers get it at once (issue 16).
  const feed = await (await anon.request.get('/feeds/practices.xml')).text()
  expect(feed).toContain(`<title type="html"><![CDATA[${title}]]></title>`)
  await anon.goto('/buone-pratiche')
  await anon.getByRole('main').getByLabel('Cerca').fill(word)
  await anon.getByLabel('Strumenti').selectOption({ label: 'Attestato APO' })
  await anon.getByLabel('Regione').selectOption({ label: 'Toscana' })
  await anon.getByRole('button', { name: 'Filtra' }).click()
  await expect(anon).toHaveURL(/instrument=APO/)
  await expect(anon.getByRole('status')).toHaveText('1 buona pratica')
  await expectNoAxeViolations(anon)
  await anon.getByRole('link', { name: title }).click()
  await expect(anon.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(anon.getByTestId('practice-results')).toContainText('Acqua riutilizzata')
  await expect(anon.getByTestId('practice-results')).toContainText('3,5 milioni di m³/anno')
  await expect(anon.getByText(`di ${author.name}`)).toBeVisible()
  await expectNoAxeViolations(anon)
  // The instrument filter is exact: EMAS alone does not list it under CSR.
  await anon.goto(`/buone-pratiche?q=${word}&instrument=CSR`)
  await expect(anon.getByRole('status')).toHaveText('Nessuna buona pratica')

  // 8. Another member cannot edit it (no link, and the edit page refuses), but can mark it useful, once.
  const other = createUser()
  const them = await as(browser, other.email, other.password)
  await them.goto(practiceUrl)
  await expect(them.getByRole('link', { name: /^Modifica/ })).toHaveCount(0)
  await them.goto(`${practiceUrl}/modifica`)
  await expect(them.getByRole('heading', { level: 1 })).toHaveText('Accesso non consentito')
  await them.goto(practiceUrl)
  await them.getByRole('button', { name: 'La trovo utile' }).click()
  await expect(them.getByTestId('useful-count')).toHaveText('utile per 1 persona')
  await expect(them.getByRole('button', { name: 'La trovo utile' })).toHaveCount(0)

  // 9. The author edits the published text: a note is required, and readers see the revision.
  await me.goto(practiceUrl)
  await me.getByRole('link', { name: 'Modifica (una nuova revisione)' }).click()
  await me.getByLabel('Risultato 1: cifra').fill('3,8')
  await me.getByRole('button', { name: 'Salva la nuova revisione' }).click()
  await expect(me.locator('#field-note-error')).toHaveText('Scrivi in una riga che cosa è cambiato.')
  await me.getByLabel('Che cosa è cambiato').fill('Dati 2026 aggiornati')
  await me.getByRole('button', { name: 'Salva la nuova revisione' }).click()
  await expect(me.getByTestId('practice-results')).toContainText('3,8')
  await anon.goto(practiceUrl)
  const revisions = anon.getByTestId('revisions')
  await expect(revisions.getByRole('listitem')).toHaveCount(2)
  await revisions.getByText('Dati 2026 aggiornati').click()
  await expect(revisions.locator('del').first()).toContainText('3.5')
  await expect(revisions.locator('ins').first()).toContainText('3.8')
  for (const p of [me, mod, anon, them]) await p.context().close()
})

test('hostile Markdown in a practice never reaches the page as code; a 1 MB body is refused with the text kept', async ({ page }) => {
  const u = createUser()
  await signIn(page, u.email, u.password)
  let dialogs = 0
  page.on('dialog', (d) => {
    dialogs++
    void d.dismiss()
  })
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    '<svg onload=alert(3)><circle r="1"/></svg>',
    '[link js](javascript:alert(4))',
    '[link data](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)',
    '![img data](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNik+)',
    '<a href="jav&#x09;ascript:alert(7)">tab</a>',
    '<iframe src="javascript:alert(8)"></iframe>',
    '<div style="background:url(javascript:alert(9))" onclick="alert(10)">click</div>',
    '[ok](https://example.org/ok)',
  ].join('\n\n')
  await page.goto('/buone-pratiche/nuova')
  await page.getByLabel('Titolo').fill('Prova di sicurezza del testo')
  await page.getByRole('textbox', { name: 'Testo (Markdown)' }).fill(hostile)
  await expect(page.getByTestId('md-live-preview').getByRole('link', { name: 'ok' })).toBeVisible()
  await page.getByRole('button', { name: 'Salva la bozza' }).click()
  await expect(page.getByText('Bozza salvata.')).toBeVisible()
  const editUrl = page.url()
  await page.goto(editUrl.replace(/\/modifica.*$/, ''))
  const body = page.getByTestId('practice-body')
  await expect(body.getByRole('link', { name: 'ok' })).toHaveAttribute('href', 'https://example.org/ok')
  // Nothing executable: no script, svg, iframe or inline handler; no javascript: or data: URL anywhere.
  const found = await body.evaluate((el) => ({
    tags: el.querySelectorAll('script, svg, iframe, object, embed, style').length,
    handlers: [...el.querySelectorAll('*')].flatMap((n) =>
      [...n.attributes].filter((a) => /^on/i.test(a.name) || a.name === 'style').map((a) => a.name),
    ),
    urls: [...el.querySelectorAll('[href], [src]')]
      .map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? '')
      .filter((u) => /^\s*(javascript|data|vbscript):/i.test(u)),
  }))
  expect(found).toEqual({ tags: 0, handlers: [], urls: [] })
  // Raw HTML is dropped altogether (its text too), Markdown links keep only safe schemes.
  await expect(body).not.toContainText('click')
  expect(dialogs).toBe(0)

  // A 1 MB body: a clear message next to the field, and the megabyte still in the box.
  await page.goto(editUrl)
  const big = 'x'.repeat(1024 * 1024)
  await page.getByRole('textbox', { name: 'Testo (Markdown)' }).fill(big)
  await page.getByRole('button', { name: 'Salva la bozza' }).click()
  await expect(page.locator('#practice-body-error')).toHaveText(
    'Il testo supera i 50.000 caratteri: accorcialo e collega i documenti completi.',
  )
  expect((await page.getByRole('textbox', { name: 'Testo (Markdown)' }).inputValue()).length).toBe(1024 * 1024)
})

test('a moderator rejects a practice with a reason; the author sees it and can no longer edit it', async ({ browser }) => {
  const author = createUser()
  const me = await as(browser, author.email, author.password)
  const title = `Pratica da respingere ${Date.now().toString(36)}`
  await me.goto('/buone-pratiche/nuova')
  await me.getByLabel('Titolo').fill(title)
  await me.getByLabel('Sintesi').fill('Una sintesi abbastanza lunga per essere inviata.')
  await me
    .getByRole('textbox', { name: 'Testo (Markdown)' })
    .fill('Un testo di almeno cinquanta caratteri che descrive la pratica proposta.')
  await me.getByLabel('CSR').check()
  await me.getByLabel('Tema').selectOption({ label: 'Formazione' })
  await me.getByLabel('Regione').selectOption({ label: 'Lazio' })
  await me.getByRole('button', { name: 'Invia alla revisione' }).click()
  await expect(me.getByRole('status')).toContainText('in revisione')
  const url = me.url()

  const mod = await as(browser, 'moderatore@demo.invalid', DEMO.password)
  await mod.goto(url)
  await mod.getByTestId('review-panel').getByLabel('Commenti per l’autore').fill('È una pubblicità, non una buona pratica.')
  await mod.getByTestId('review-panel').getByRole('button', { name: 'Respingi' }).click()
  await expect(mod.getByTestId('review-comment')).toContainText('È una pubblicità')

  await me.reload()
  await expect(me.getByTestId('review-comment')).toContainText('Respinta da Moderatore Demo')
  await expect(me.getByRole('link', { name: /^Modifica/ })).toHaveCount(0)
  await me.goto(`${url}/modifica`)
  await expect(me.getByRole('heading', { level: 1 })).toHaveText('Accesso non consentito')
  const anon = await (await browser.newContext()).newPage()
  await anon.goto(url)
  await expect(anon.getByRole('heading', { level: 1 })).toHaveText('Pagina non trovata')
  for (const p of [me, mod, anon]) await p.context().close()
})

for (const path of ['/buone-pratiche', '/en/good-practices?sort=useful', '/en/good-practices/new']) {
  test(`axe: ${path}`, async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: 'e2e/.auth/member.json' })).newPage()
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.context().close()
  })
}

test('the English list shows the demo practices, marked as demo', async ({ page }) => {
  await page.goto('/en/good-practices?q=demo')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Good practices')
  await expect(page.getByTestId('practice-list').getByRole('link', { name: /^\(demo\)/ })).toHaveCount(2)
  await page
    .getByTestId('practice-list')
    .getByRole('link', { name: /programma ambientale comune/ })
    .click()
  await expect(page).toHaveURL(/\/en\/good-practices\/[a-z0-9]+$/)
  await expect(page.getByTestId('practice-body')).toContainText('Esempio dimostrativo (demo)')
  await expect(page.getByRole('link', { name: 'Sign in to mark it useful.' })).toBeVisible()
})
