import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { E2E_DATA_DIR } from '../playwright.config'
import { createUser, DEMO, expectNoAxeViolations, signIn, type TestUser } from './helpers'

// Issue 17: meetings and organisations at Meetup/Mobilizon level.

function fixture(kind: string, opts: object) {
  const out = execFileSync(
    path.resolve('node_modules/.bin/tsx'),
    ['--conditions=react-server', 'scripts/test-fixture.ts', kind, JSON.stringify(opts)],
    {
      env: { ...process.env, DATA_DIR: E2E_DATA_DIR, DATABASE_URL: '' },
      encoding: 'utf8',
    },
  )
  return JSON.parse(out.trim().split('\n').at(-1)!)
}

async function as(browser: Browser, user: TestUser | { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, user.email, user.password)
  return page
}

test('a hybrid meeting: every form error at once, seats per mode, waitlist position, switching mode, deadline, my marks in the list, CSV people can open', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const org = await as(browser, { email: 'organizzatrice@demo.invalid', password: DEMO.password })
  const title = `Plenaria ibrida ${Date.now()}`
  await org.goto('/eventi/nuovo')
  // The organising organisation: only the organiser's own (a confirmed member of one demo organisation).
  const orgChoices = await org.getByLabel('Organizzazione che organizza').locator('option').allTextContents()
  expect(orgChoices).toEqual(['— nessuno —', 'PMI Esempio S.r.l. (demo)'])

  await org.getByLabel('Titolo').fill(title)
  await org.getByLabel('Tipo').selectOption({ label: 'Plenaria' })
  await org
    .getByRole('textbox', { name: 'Descrizione (Markdown)' })
    .fill('**Programma**\n\n- stato dei distretti\n- [attestati](https://example.org/apo)')
  await org.getByLabel('Inizio (ora di Roma)').fill('2027-04-10T10:00')
  await org.getByLabel('Fine (ora di Roma)').fill('2027-04-10T09:00')
  await org.getByLabel('Termine per iscriversi (facoltativo)').fill('2027-04-11T10:00')
  await org.getByLabel('Link per partecipare online (https://…)').fill('http://meet.example.org/ibrida')
  await org.getByLabel('Posti in sala').fill('tanti')
  await org.getByRole('button', { name: "Pubblica l'evento" }).click()
  // All four in the first round: the dates too, not only after the link and the seats are fixed.
  await expect(org.locator('#field-endsAt-error')).toHaveText("La fine deve venire dopo l'inizio.")
  await expect(org.locator('#field-registrationDeadline-error')).toHaveText("Il termine per iscriversi deve venire prima dell'inizio.")
  await expect(org.locator('#field-onlineUrl-error')).toHaveText('Scrivi un indirizzo web completo che inizi con https://')
  await expect(org.locator('#field-capacity-error')).toHaveText(
    'Scrivi un numero di posti tra 1 e 10.000, o lascia vuoto per nessun limite.',
  )
  await expect(org.getByLabel('Titolo')).toHaveValue(title)

  await org.getByLabel('Fine (ora di Roma)').fill('2027-04-10T13:00')
  await org.getByLabel('Termine per iscriversi (facoltativo)').fill('2027-04-09T18:00')
  await org.getByLabel('Link per partecipare online (https://…)').fill('https://meet.example.org/ibrida')
  await org.getByLabel('Posti in sala').fill('1')
  await org.getByLabel('Indirizzo').fill('Sala del Consiglio')
  await org.getByLabel('Città').fill('Prato')
  await org.getByLabel('Organizzazione che organizza').selectOption({ label: 'PMI Esempio S.r.l. (demo)' })
  await org.getByRole('button', { name: "Pubblica l'evento" }).click()
  await expect(org.getByRole('heading', { level: 1 })).toHaveText(title)
  const eventUrl = org.url()
  await expect(org.getByTestId('event-deadline')).toHaveText(/^Iscrizioni entro il 9 aprile\D+18:00$/)
  await expect(org.getByTestId('seats-IN_PERSON')).toHaveText('In presenza: 1 posto libero su 1')
  await expect(org.getByTestId('seats-ONLINE')).toContainText('Online: posti senza limite')
  await expect(org.getByTestId('event-org')).toHaveText('per PMI Esempio S.r.l. (demo)')

  // Anna takes the one seat in the room.
  const anna = createUser()
  const a = await as(browser, anna)
  await a.goto(eventUrl)
  await a.getByRole('button', { name: 'Iscriviti in presenza' }).click()
  await expect(a.getByTestId('rsvp-status')).toHaveText('Sei iscritta/o: partecipi in presenza.')

  // Bruno finds the room full, waits for it, then prefers to follow online: confirmed at once, with the link.
  const bruno = createUser()
  const b = await as(browser, bruno)
  await b.goto(eventUrl)
  await expect(b.getByTestId('seats-IN_PERSON')).toHaveText('In presenza: completo: 1 posti su 1 occupati')
  await b.getByRole('button', { name: "Mettiti in lista d'attesa in presenza" }).click()
  await expect(b.getByTestId('rsvp-status')).toHaveText("Sei in lista d'attesa in presenza: posizione 1.")
  await b.getByRole('button', { name: 'Passa a: online' }).click()
  await expect(b.getByTestId('rsvp-status')).toHaveText('Sei iscritta/o: partecipi online.')
  await expect(b.getByRole('link', { name: 'Link per partecipare' })).toHaveAttribute('href', 'https://meet.example.org/ibrida')

  // Carla, whose name looks like a spreadsheet formula, waits for the room.
  const carla = createUser({ name: '=SOMMA(1;2) Rossi' })
  const c = await as(browser, carla)
  await c.goto(eventUrl)
  await c.getByRole('button', { name: "Mettiti in lista d'attesa in presenza" }).click()
  await expect(c.getByTestId('rsvp-status')).toHaveText("Sei in lista d'attesa in presenza: posizione 1.")

  // The calendar marks Anna's meetings for her, with the deadline and the organisation.
  await a.goto('/eventi')
  const row = a.getByTestId('event-list').getByRole('listitem').filter({ hasText: title })
  await expect(row.getByTestId('my-event-status')).toHaveText('Sei iscritta/o (in presenza)')
  await expect(row.getByTestId('event-deadline')).toHaveText(/^iscrizioni entro il 9 aprile\D+18:00$/)
  await expect(row.getByTestId('event-org')).toHaveText('PMI Esempio S.r.l. (demo)')

  // The attendee CSV opens in an Italian spreadsheet: BOM, ";", Italian headers and statuses, Rome time, formulas defused.
  await org.reload()
  const csvHref = await org.getByTestId('csv-link').getAttribute('href')
  const res = await org.request.get(csvHref!)
  const bytes = await res.body()
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n')
  expect(lines[0]).toBe('"Nome";"E-mail";"Organizzazione";"Modalità";"Stato";"Iscrizione (ora di Roma)"')
  expect(lines.find((l) => l.includes(bruno.email))).toMatch(
    /^"[^"]+";"[^"]+";"";"online";"confermato";"\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}"$/,
  )
  expect(lines.find((l) => l.includes(carla.email))).toContain(`"'=SOMMA(1;2) Rossi";"${carla.email}";"";"in presenza";"in lista d'attesa"`)

  // The public calendar file: the description as plain text with the meeting's page, and no online link.
  const ics = (await (await a.request.get(`/feeds/events/${eventUrl.split('/').at(-1)}.ics`)).text()).replace(/\r\n[ \t]/g, '')
  expect(ics).toContain('DESCRIPTION:Programma\\n\\n- stato dei distretti\\n- attestati (https://example.org/apo)\\n\\nhttp')
  expect(ics).not.toContain('**')
  expect(ics).not.toContain('meet.example.org')
})

test('registrations close at the deadline: the page says so and offers no button', async ({ browser }) => {
  const { id } = fixture('event', { capacity: 10, deadlineHours: -1 }) as { id: string }
  const m = await as(browser, createUser())
  await m.goto(`/eventi/${id}`)
  await expect(m.getByTestId('registrations-closed')).toHaveText('Le iscrizioni sono chiuse.')
  await expect(m.getByTestId('event-deadline')).toContainText('Iscrizioni chiuse: il termine era il')
  await expect(m.getByRole('button', { name: /Iscriviti|lista d'attesa/ })).toHaveCount(0)
  // The endpoint agrees.
  expect((await m.request.post(`/api/events/${id}/registration`)).status()).toBe(409)
})

test('my area lists my meetings, practices, follows and organisations; the private calendar has my online link; a revoked URL answers 404', async ({
  browser,
}) => {
  test.setTimeout(150_000)
  const me = createUser()
  const { id: eventId } = fixture('event', { capacity: 5, onlineUrl: 'https://meet.example.org/privato', onlineCapacity: 1 }) as {
    id: string
  }
  const { id: threadId } = fixture('thread', {}) as { id: string }
  const { name: orgName } = fixture('organisation', { contact: me.email }) as { name: string }
  const page = await as(browser, me)

  await page.goto(`/eventi/${eventId}`)
  await page.getByRole('button', { name: 'Iscriviti online' }).click()
  await expect(page.getByTestId('rsvp-status')).toHaveText('Sei iscritta/o: partecipi online.')
  await page.goto(`/forum/t/${threadId}`)
  await page.getByRole('button', { name: 'Segui la discussione' }).click()
  await expect(page.getByRole('button', { name: 'Non seguire più la discussione' })).toBeVisible()
  const threadTitle = (await page.getByRole('heading', { level: 1 }).textContent())!
  await page.goto('/buone-pratiche/nuova')
  await page.getByLabel('Titolo').fill('Bozza per la mia area')
  await page.getByRole('button', { name: 'Salva la bozza' }).click()
  await expect(page.getByText('Bozza salvata.')).toBeVisible()

  await page.goto('/area-personale')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('La mia area')
  await expect(page.getByTestId('my-upcoming')).toContainText('Plenaria di prova')
  await expect(page.getByTestId('my-upcoming').getByTestId('my-status')).toHaveText('iscritta/o (online)')
  await expect(page.getByTestId('my-practices')).toContainText('Bozza per la mia area')
  await expect(page.getByTestId('my-practices')).toContainText('Bozza')
  await expect(page.getByTestId('my-organisations')).toContainText(orgName)
  await expect(page.getByTestId('my-organisations')).toContainText('sei la persona di riferimento')
  await expect(page.getByTestId('my-follows')).toContainText(threadTitle)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: `Non seguire più: ${threadTitle}` }).click()
  await expect(page.getByTestId('my-follows')).not.toContainText(threadTitle)
  await page.reload()
  await expect(page.getByTestId('my-follows')).not.toContainText(threadTitle)

  // The private calendar: created, it answers without a session, with the online link of the meeting I hold a place in.
  const calendar = page.getByTestId('private-calendar')
  await calendar.getByRole('button', { name: 'Crea il mio calendario privato' }).click()
  const url = await calendar.getByTestId('calendar-url').inputValue()
  expect(url).toMatch(/\/feeds\/private\/[\w-]+\.[\w-]{32}\.ics$/)
  await expect(calendar.getByTestId('calendar-webcal')).toHaveAttribute('href', url.replace(/^https?:/, 'webcal:'))
  const feedPath = new URL(url).pathname
  const anonymous = await browser.newContext()
  const feed = await anonymous.request.get(feedPath)
  expect(feed.status()).toBe(200)
  const text = (await feed.text()).replace(/\r\n[ \t]/g, '')
  expect(text).toContain('SUMMARY:Plenaria di prova')
  expect(text).toContain('Online: https://meet.example.org/privato')
  // A new address: the old one answers 404; turned off: the new one too.
  // Both break the address calendar apps follow, so each asks first; saying no changes nothing.
  page.once('dialog', (d) => (expect(d.message()).toContain('smetterà di funzionare'), d.dismiss()))
  await calendar.getByRole('button', { name: 'Crea un nuovo indirizzo (il vecchio smette di funzionare)' }).click()
  await expect(calendar.getByTestId('calendar-url')).toHaveValue(url)
  expect((await anonymous.request.get(feedPath)).status()).toBe(200)
  page.once('dialog', (d) => d.accept())
  await calendar.getByRole('button', { name: 'Crea un nuovo indirizzo (il vecchio smette di funzionare)' }).click()
  await expect(calendar.getByTestId('calendar-url')).not.toHaveValue(url)
  const second = new URL(await calendar.getByTestId('calendar-url').inputValue()).pathname
  expect((await anonymous.request.get(feedPath)).status()).toBe(404)
  expect((await anonymous.request.get(second)).status()).toBe(200)
  page.once('dialog', (d) => (expect(d.message()).toContain('Disattivare il calendario privato?'), d.accept()))
  await calendar.getByRole('button', { name: 'Disattiva il calendario privato' }).click()
  await expect(calendar.getByRole('button', { name: 'Crea il mio calendario privato' })).toBeVisible()
  expect((await anonymous.request.get(second)).status()).toBe(404)
  await anonymous.close()
})

test('the contact person keeps the organisation profile: an HTML file named .png is refused, a real logo shows; credentials filter the register', async ({
  browser,
}) => {
  const contact = createUser()
  const { slug, name } = fixture('organisation', { contact: contact.email }) as { slug: string; name: string }
  const page = await as(browser, contact)
  await page.goto(`/rete/aderenti/${slug}`)
  await page.getByTestId('manage-link').click()
  await expect(page).toHaveURL(new RegExp(`/rete/aderenti/${slug}/gestione$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Gestisci: ${name}`)
  await expectNoAxeViolations(page)

  await page.getByRole('textbox', { name: 'Descrizione (Markdown)' }).fill('Impresa del **distretto conciario**.')
  await page.getByLabel('Indirizzo').fill('Via del Conciatore 5, Santa Croce sull’Arno')
  await page.getByLabel('Numero di registrazione EMAS').fill('it-009999')
  await page.getByLabel("L'organizzazione è in un distretto con attestato APO").check()
  await page
    .getByLabel('Logo')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') })
  await page.getByRole('button', { name: 'Salva il profilo' }).click()
  await expect(page.locator('#field-logo-error')).toHaveText(
    "Il logo deve essere un'immagine PNG, JPEG, WebP o GIF: il contenuto di questo file non lo è.",
  )
  await expect(page.getByLabel('Numero di registrazione EMAS')).toHaveValue('it-009999')

  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
  await page.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png })
  await page.getByRole('button', { name: 'Salva il profilo' }).click()
  await expect(page.getByText('Profilo salvato.')).toBeVisible()

  await page.goto(`/rete/aderenti/${slug}`)
  const logo = page.getByTestId('org-logo')
  await expect(logo).toHaveAttribute('alt', `Logo di ${name}`)
  const img = await page.request.get((await logo.getAttribute('src'))!)
  expect(img.headers()['content-type']).toBe('image/webp')
  await expect(page.getByTestId('org-profile')).toContainText('Impresa del distretto conciario.')
  await expect(page.getByTestId('org-credentials')).toContainText('Registrazione EMAS n. IT-009999')
  await expect(page.getByTestId('org-credentials')).toContainText('In un distretto con attestato APO')
  await expect(page.getByTestId('org-map-link')).toHaveAttribute(
    'href',
    /^https:\/\/www\.openstreetmap\.org\/search\?query=Via%20del%20Conciatore/,
  )

  await page.goto('/rete/aderenti?credential=emas')
  await expect(page.getByTestId('register')).toContainText(name)
  await page.goto('/rete/aderenti?credential=apea')
  await expect(page.getByTestId('register')).not.toContainText(name)

  // Someone else cannot open the dashboard.
  const other = await as(browser, createUser())
  const res = await other.goto(`/rete/aderenti/${slug}/gestione`)
  expect(res!.status()).toBe(403)
})
