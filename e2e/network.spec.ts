import { expect, test, type Browser, type Page } from '@playwright/test'
import { createUser, expectNoAxeViolations, signIn } from './helpers'

async function as(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, email, password)
  return page
}

/** Fills and sends a complete application (commitments 1 and 2). */
async function apply(page: Page, orgName: string) {
  await page.goto('/rete/aderisci')
  const form = page.getByRole('form', { name: 'Nuova domanda di adesione' })
  await form.getByLabel('Nome dell’organizzazione').fill(orgName)
  await form.getByLabel('Tipo', { exact: true }).selectOption({ label: 'PMI' })
  await form.getByLabel('Partita IVA', { exact: true }).fill('00743110157')
  await form.getByLabel('Regione', { exact: true }).selectOption({ label: 'Liguria' })
  await form.getByLabel('Provincia', { exact: true }).fill('Genova')
  await form.getByLabel('Settore', { exact: true }).fill('Logistica')
  await form.getByLabel('Nome e cognome').fill('Luca Verdi')
  await form.getByLabel('Ruolo nell’organizzazione').fill('Amministratore')
  for (const n of ['1', '2']) await form.getByRole('checkbox', { name: new RegExp(`^${n}\\. `) }).check()
  await form.getByLabel('Dichiaro di avere i poteri').check()
  await form.getByRole('button', { name: 'Invia la domanda' }).click()
  const mine = page.getByTestId('my-adhesions').getByRole('listitem').filter({ hasText: orgName }).first()
  await expect(mine).toContainText('Inviata, in esame')
  return mine
}

test('an organisation adheres with four commitments; the admin asks for more, then approves; the register, badges and the region page show it', async ({
  browser,
}) => {
  // The whole story in one test, with five people in their own browsers: 140 s on a quiet two-core machine, over 180 s
  // on a busy one (a fresh-clone run timed out on its last page), hence the margin.
  test.setTimeout(300_000)
  // An organiser by role: after approval, as the contact person, they announce a meeting of the organisation.
  const applicant = createUser({ role: 'ORGANISER' })
  const orgName = `Comune di Prova ${Date.now().toString(36)}`
  const a = await as(browser, applicant.email, applicant.password)

  // 1. The network page explains how to join; the form refuses bad codes and a missing acceptance, keeping the input.
  await a.goto('/rete')
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('La Rete Cartesio')
  await expectNoAxeViolations(a)
  await a.getByRole('link', { name: 'Aderisci alla dichiarazione' }).click()
  await expect(a).toHaveURL(/\/rete\/aderisci$/)
  const form = a.getByRole('form', { name: 'Nuova domanda di adesione' })
  await form.getByLabel('Nome dell’organizzazione').fill(orgName)
  await form.getByLabel('Tipo', { exact: true }).selectOption({ label: 'Pubblica amministrazione' })
  await form.getByLabel('Codice fiscale', { exact: true }).fill('00743110158')
  await form.getByLabel('Partita IVA', { exact: true }).fill('1234567890')
  await form.getByLabel('Regione', { exact: true }).selectOption({ label: 'Toscana' })
  await form.getByLabel('Provincia', { exact: true }).fill('Prato')
  await form.getByLabel('Settore', { exact: true }).fill('Tessile')
  await form.getByLabel('Nome e cognome').fill('Anna Bianchi')
  await form.getByLabel('Ruolo nell’organizzazione').fill('Sindaca')
  await form.getByRole('button', { name: 'Invia la domanda' }).click()
  await expect(a.locator('#new-taxCode-error')).toHaveText(
    'Codice fiscale non valido: controlla le cifre (11 per gli enti, 16 caratteri per le persone).',
  )
  await expect(a.locator('#new-vatNumber-error')).toHaveText('Partita IVA non valida: 11 cifre con l’ultima di controllo.')
  await expect(a.locator('#new-commitments-error')).toHaveText('Scegli almeno un impegno.')
  await expect(a.locator('#new-accept-error')).toHaveText('Serve l’accettazione esplicita per inviare la domanda.')
  await expect(form.getByLabel('Nome dell’organizzazione')).toHaveValue(orgName)
  await form.getByLabel('Codice fiscale', { exact: true }).fill('00743110157')
  await form.getByLabel('Partita IVA', { exact: true }).fill('')
  for (const n of ['1', '4', '5', '7']) await form.getByRole('checkbox', { name: new RegExp(`^${n}\\. `) }).check()
  await form.getByLabel('Dichiaro di avere i poteri').check()
  await expectNoAxeViolations(a)
  await form.getByRole('button', { name: 'Invia la domanda' }).click()
  const mine = a.getByTestId('my-adhesions').getByRole('listitem').filter({ hasText: orgName }).first()
  await expect(mine).toContainText('Inviata, in esame')

  // 2. An admin asks for more information (a message is required).
  const admin = await (await browser.newContext({ storageState: 'e2e/.auth/admin.json' })).newPage()
  await admin.goto('/admin/adesioni')
  await admin.getByTestId('adhesions-open').getByRole('link', { name: orgName }).click()
  await expect(admin.getByTestId('adhesion-commitments').getByRole('listitem')).toHaveCount(4)
  await admin.getByRole('button', { name: 'Chiedi altre informazioni' }).click()
  await expect(admin.locator('#field-message-error')).toHaveText('Scrivi un messaggio (almeno 5 caratteri).')
  await admin.getByLabel('Messaggio al richiedente').fill('Indicate anche il distretto di cui fate parte.')
  await admin.getByRole('button', { name: 'Chiedi altre informazioni' }).click()
  await expect(admin.getByTestId('adhesion-history')).toContainText('Indicate anche il distretto')
  await expectNoAxeViolations(admin)

  // 3. The applicant sees the request and completes the application.
  await a.goto('/rete/aderisci')
  await expect(mine).toContainText('Servono altre informazioni')
  await expect(mine).toContainText('Indicate anche il distretto di cui fate parte.')
  const complete = a.getByRole('form', { name: 'Completa la domanda' })
  await expect(complete.getByLabel('Nome dell’organizzazione')).toHaveValue(orgName)
  await complete.getByLabel('Distretto tessile di Prato').check()
  await complete.getByLabel('Risposta agli amministratori').fill('Aggiunto il distretto tessile.')
  await complete.getByLabel('Dichiaro di avere i poteri').check()
  await complete.getByRole('button', { name: 'Invia la domanda completata' }).click()
  await expect(mine).toContainText('Inviata, in esame')

  // 4. The admin approves: the organisation enters the register with those four commitments.
  await admin.reload()
  await admin.getByRole('button', { name: 'Approva' }).click()
  await expect(admin.getByRole('link', { name: 'Vedi l’organizzazione nel registro' })).toBeVisible()
  const anon = await (await browser.newContext()).newPage()
  await anon.goto('/rete/aderenti?commitment=4')
  const entry = anon.getByTestId('register').getByRole('listitem').filter({ hasText: orgName })
  await expect(entry).toContainText('impegni 1, 4, 5, 7')
  await expectNoAxeViolations(anon)
  await anon.goto('/rete/aderenti?commitment=2')
  await expect(anon.getByTestId('register')).not.toContainText(orgName)

  // 5. Another member says they belong to it; the contact person confirms; the badge shows in a thread.
  const member = createUser()
  const m = await as(browser, member.email, member.password)
  await m.goto('/profilo')
  await m.getByLabel("Aggiungi un'organizzazione").selectOption({ label: orgName })
  await m.getByRole('button', { name: 'Aggiungi', exact: true }).click()
  await a.goto('/rete/aderenti')
  await a.getByRole('link', { name: orgName }).click()
  const panel = a.getByTestId('contact-panel')
  await panel.getByRole('button', { name: `Conferma ${member.name}` }).click()
  await expect(panel).toContainText('Nessuna richiesta in attesa.')
  await m.goto('/forum/nuova-discussione')
  const title = `Domanda dal ${orgName}`
  await m.getByLabel('Categoria', { exact: true }).selectOption({ index: 1 })
  await m.getByLabel('Titolo').fill(title)
  await m.getByRole('textbox', { name: 'Testo (Markdown)' }).fill('Come avete organizzato il comitato promotore del distretto?')
  await m.getByRole('button', { name: 'Pubblica la discussione' }).click()
  await expect(m.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(m.getByTestId('post').first().getByTestId('org-badge')).toHaveText(orgName)
  // The member chooses to be listed on the organisation's page.
  await m.goto('/profilo')
  await m.getByRole('button', { name: `Mostrami nella pagina di ${orgName}` }).click()
  await expect(m.getByRole('button', { name: `Mostrami nella pagina di ${orgName}` })).toHaveAttribute('aria-pressed', 'true')

  // A second person who says they belong is removed by the contact person.
  const stranger = createUser()
  const st = await as(browser, stranger.email, stranger.password)
  await st.goto('/profilo')
  await st.getByLabel("Aggiungi un'organizzazione").selectOption({ label: orgName })
  await st.getByRole('button', { name: 'Aggiungi', exact: true }).click()
  await expect(st.getByTestId('my-organisations')).toContainText(orgName)
  await a.reload()
  await panel.getByRole('button', { name: `Rimuovi ${stranger.name}` }).click()
  await expect(panel).toContainText('Nessuna richiesta in attesa.')
  await st.reload()
  await expect(st.getByTestId('my-organisations')).toHaveCount(0)
  await st.context().close()

  // 6. An event organised for the organisation in Toscana, by its contact person (issue 12: only its confirmed
  //    members may name it); the region page gathers the organisation and the event.
  const org = a
  const eventTitle = `Incontro del ${orgName}`
  await org.goto('/eventi/nuovo')
  await org.getByLabel('Titolo').fill(eventTitle)
  await org.getByLabel('Tipo').selectOption({ label: 'Plenaria' })
  await org.getByRole('textbox', { name: 'Descrizione (Markdown)' }).fill('Presentazione dell’adesione.')
  await org.getByLabel('Inizio (ora di Roma)').fill('2027-06-15T10:00')
  await org.getByLabel('Fine (ora di Roma)').fill('2027-06-15T12:00')
  await org.getByLabel('Indirizzo').fill('Piazza del Comune 2')
  await org.getByLabel('Regione').selectOption({ label: 'Toscana' })
  await org.getByLabel('Organizzazione che organizza').selectOption({ label: orgName })
  await org.getByRole('button', { name: "Pubblica l'evento" }).click()
  await expect(org.getByRole('heading', { level: 1 })).toHaveText(eventTitle)
  await anon.goto('/territori/toscana')
  await expect(anon.getByRole('heading', { level: 1 })).toHaveText('Toscana')
  await expect(anon.getByTestId('t-orgs')).toContainText(orgName)
  await expect(anon.getByTestId('t-events')).toContainText(eventTitle)
  await expect(anon.getByTestId('t-cases')).toContainText('Macrolotto')
  await expectNoAxeViolations(anon)
  await anon.goto('/rete/aderenti')
  await anon.getByRole('link', { name: orgName }).click()
  await expect(anon.getByTestId('org-commitments').getByRole('listitem')).toHaveCount(4)
  await expect(anon.getByRole('link', { name: eventTitle })).toBeVisible()
  await expect(anon.getByRole('link', { name: title })).toBeVisible()
  await expect(anon.getByTestId('org-people')).toContainText(member.name)

  // 7. The contact person withdraws the adhesion (a reason is required); the register keeps it, marked.
  await a.goto(anon.url())
  a.once('dialog', (d) => void d.accept())
  await a.getByRole('button', { name: 'Ritira l’adesione' }).click()
  await expect(a.locator('#field-reason-error')).toHaveText('Scrivi un messaggio (almeno 5 caratteri).')
  await a.getByLabel('Motivo (resterà nella storia dell’organizzazione)').fill('Fusione con un altro ente.')
  a.once('dialog', (d) => void d.accept())
  await a.getByRole('button', { name: 'Ritira l’adesione' }).click()
  await expect(a.getByText('adesione ritirata: «Fusione con un altro ente.»')).toBeVisible()
  await anon.goto('/rete/aderenti')
  await expect(anon.getByTestId('register').getByRole('listitem').filter({ hasText: orgName })).toContainText('Adesione ritirata')
  for (const p of [a, admin, anon, m, org]) await p.context().close()
})

test('an admin rejects an application with a reason; the applicant sees it, and nothing enters the register', async ({ browser }) => {
  const u = createUser()
  const p = await as(browser, u.email, u.password)
  const orgName = `Logistica Prova ${Date.now().toString(36)}`
  const mine = await apply(p, orgName)
  const admin = await (await browser.newContext({ storageState: 'e2e/.auth/admin.json' })).newPage()
  await admin.goto('/admin/adesioni')
  await admin.getByTestId('adhesions-open').getByRole('link', { name: orgName }).click()
  await admin.getByRole('button', { name: 'Respingi' }).click()
  await expect(admin.locator('#field-message-error')).toHaveText('Scrivi un messaggio (almeno 5 caratteri).')
  await admin.getByLabel('Messaggio al richiedente').fill('La rete accoglie enti dei distretti aderenti.')
  await admin.getByRole('button', { name: 'Respingi' }).click()
  await expect(admin.getByTestId('adhesion-history')).toContainText('respinta da')
  await expect(admin.getByRole('button', { name: 'Approva' })).toHaveCount(0)
  await p.reload()
  await expect(mine).toContainText('Respinta')
  await expect(mine).toContainText('La rete accoglie enti dei distretti aderenti.')
  await p.goto('/rete/aderenti')
  await expect(p.getByTestId('register')).not.toContainText(orgName)
  await admin.context().close()
  await p.context().close()
})

test('a district page shows its APO attestation with the expiry, and its calendar feed', async ({ page }) => {
  await page.goto('/distretti/distretto-cartario-lucca')
  await expect(page.getByTestId('certification')).toContainText('Attestato il 19 settembre 2008; scaduto il 30 settembre 2017')
  const feed = await (
    await page.request.get(
      (await page.getByRole('link', { name: /Calendario degli eventi: Distretto cartario di Lucca/ }).getAttribute('href'))!,
    )
  ).text()
  expect(feed).toContain('BEGIN:VCALENDAR')
  await expectNoAxeViolations(page)
  await page.goto('/en/network')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Cartesio network')
})

test('a member chooses what their public profile shows', async ({ page }) => {
  const u = createUser()
  await signIn(page, u.email, u.password)
  await page.goto('/profilo')
  await page.getByRole('link', { name: 'Vedi il tuo profilo pubblico' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(u.name)
  await expect(page.getByTestId('person-details')).toContainText('Ruolo: Membro')
  await page.goto('/profilo')
  await page.getByLabel('Mostra nel mio profilo pubblico il ruolo e le organizzazioni').uncheck()
  await page.getByRole('button', { name: 'Salva' }).first().click()
  await expect(page.getByText('Modifiche salvate.')).toBeVisible()
  await page.goto(`/persone/${u.handle}`)
  await expect(page.getByText('Questa persona ha scelto di non mostrare ruolo e organizzazioni.')).toBeVisible()
  await expect(page.getByTestId('person-details')).toHaveCount(0)
})

for (const path of [
  '/condizioni-d-uso',
  '/en/guidelines',
  '/accessibilita',
  '/en/privacy',
  '/rete/aderenti',
  '/en/territories/emilia-romagna',
]) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
  })
}
