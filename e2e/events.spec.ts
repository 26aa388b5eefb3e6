import { expect, test, type Browser, type Page } from '@playwright/test'
import type ICAL from 'ical.js'
import { createUser, DEMO, expectNoAxeViolations, parseIcs, signIn, type TestUser } from './helpers'

async function as(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, user.email, user.password)
  return page
}

test('an organiser announces a meeting with 2 seats; the third member waits and is promoted; attendees export; .ics download', async ({
  browser,
}) => {
  const org = await as(browser, { email: 'organizzatrice@demo.invalid', password: DEMO.password })
  const title = `Tavolo tecnico APO ${Date.now()}`
  await org.goto('/eventi')
  await org.getByRole('link', { name: 'Nuovo evento' }).click()
  await expect(org).toHaveURL(/\/eventi\/nuovo$/)

  // Bad input first: the end before the start, and no place.
  await org.getByLabel('Titolo').fill(title)
  await org.getByLabel('Tipo').selectOption({ label: 'Gruppo di lavoro' })
  await org.getByRole('textbox', { name: 'Descrizione (Markdown)' }).fill('Ordine del giorno: **rinnovo** dell’attestato.')
  await org.getByLabel('Inizio (ora di Roma)').fill('2027-03-10T10:00')
  await org.getByLabel('Fine (ora di Roma)').fill('2027-03-10T09:00')
  await org.getByLabel('Posti in sala').fill('2')
  await org.getByRole('button', { name: "Pubblica l'evento" }).click()
  await expect(org.locator('#field-endsAt-error')).toHaveText("La fine deve venire dopo l'inizio.")
  await expect(org.locator('#field-address-error')).toHaveText('Indica un indirizzo oppure un link per partecipare online.')
  await expect(org.getByLabel('Titolo')).toHaveValue(title)

  await org.getByLabel('Fine (ora di Roma)').fill('2027-03-10T13:00')
  await org.getByLabel('Indirizzo').fill('Via Villa Varda 2')
  await org.getByLabel('Città').fill('Brugnera')
  await org.getByLabel('Regione').selectOption({ label: 'Friuli-Venezia Giulia' })
  await org.getByRole('button', { name: "Pubblica l'evento" }).click()
  await expect(org.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(org.getByTestId('event-when')).toContainText('10:00')
  await expect(org.getByText('ora di Roma (UTC+01:00)')).toBeVisible()
  const eventUrl = org.url()

  // Filters by region, and the region's own calendar feed.
  await org.goto('/eventi')
  await org.getByLabel('Regione').selectOption({ label: 'Friuli-Venezia Giulia' })
  await org.getByRole('button', { name: 'Filtra' }).click()
  await expect(org).toHaveURL(/region=friuli-venezia-giulia/)
  await expect(org.getByTestId('event-list')).toContainText(title)
  const regionFeed = await (await org.request.get('/feeds/events/region-friuli-venezia-giulia.ics')).text()
  expect(regionFeed).toContain(title)
  expect(await (await org.request.get('/feeds/events/region-toscana.ics')).text()).not.toContain(title)
  await org.getByLabel('Regione').selectOption({ label: 'Toscana' })
  await org.getByRole('button', { name: 'Filtra' }).click()
  await expect(org).toHaveURL(/region=toscana/)
  await expect(org.locator('main')).not.toContainText(title)
  await org.goto(eventUrl)

  // A forum thread to prepare the meeting, linked both ways.
  await org.getByRole('link', { name: 'Apri una discussione su questo evento' }).click()
  await expect(org.getByLabel('Evento collegato')).toHaveValue(/.+/)
  await org.getByLabel('Categoria', { exact: true }).selectOption({ label: 'Attestato APO' })
  await org.getByLabel('Titolo').fill(`Preparazione: ${title}`)
  await org.getByRole('textbox', { name: 'Testo (Markdown)' }).fill(`Proposte per l’ordine del giorno di «${title}»?`)
  await org.getByRole('button', { name: 'Pubblica la discussione' }).click()
  await org.getByRole('link', { name: `Evento: ${title}` }).click()
  await expect(org.getByTestId('event-threads')).toContainText(`Preparazione: ${title}`)

  const members: TestUser[] = [createUser(), createUser(), createUser()]
  const pages: Page[] = []
  for (const [i, m] of members.entries()) {
    const p = await as(browser, m)
    await p.goto(eventUrl)
    await p.getByRole('button', { name: i < 2 ? 'Iscriviti' : "Mettiti in lista d'attesa" }).click()
    await expect(p.getByTestId('rsvp-status')).toHaveText(i < 2 ? 'Sei iscritta/o.' : "Sei in lista d'attesa: posizione 1.")
    pages.push(p)
  }
  await expect(pages[2]!.getByTestId('seats')).toHaveText('completo: 2 posti su 2 occupati')

  // The first cancels: the third is promoted and notified.
  await pages[0]!.getByRole('button', { name: "Annulla l'iscrizione" }).click()
  await expect(
    pages[0]!.getByRole('button', { name: "Mettiti in lista d'attesa" }).or(pages[0]!.getByRole('button', { name: 'Iscriviti' })),
  ).toBeVisible()
  await pages[2]!.reload()
  await expect(pages[2]!.getByTestId('rsvp-status')).toHaveText('Sei iscritta/o.')
  await pages[2]!.goto('/notifiche')
  await expect(pages[2]!.getByTestId('notifications')).toContainText(`Si è liberato un posto: sei iscritta/o a «${title}»`)

  // The organiser sees the attendees and exports them.
  await org.reload()
  const attendees = org.getByTestId('attendees')
  await expect(attendees).toContainText(members[1]!.email)
  await expect(attendees).toContainText(members[2]!.email)
  await expect(attendees).not.toContainText(members[0]!.email)
  const csvHref = await org.getByTestId('csv-link').getAttribute('href')
  const csv = await (await org.request.get(csvHref!)).text()
  expect(csv).toContain(`"${members[2]!.email}";"";"in presenza";"confermato"`)
  // Members cannot export.
  expect((await pages[1]!.request.get(csvHref!)).status()).toBe(403)

  // A member downloads the .ics; an independent parser reads it.
  const icsHref = await pages[1]!.getByTestId('ics-link').getAttribute('href')
  const res = await pages[1]!.request.get(icsHref!)
  expect(res.headers()['content-type']).toContain('text/calendar')
  const icsText = await res.text()
  expect(icsText, 'the calendar carries its VTIMEZONE').toContain('BEGIN:VTIMEZONE')
  const vevent = parseIcs(icsText).getFirstSubcomponent('vevent')!
  expect(vevent.getFirstPropertyValue('summary')).toBe(title)
  expect(String(vevent.getFirstPropertyValue('uid'))).toMatch(/@cartesio$/)
  expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2027-03-10T09:00:00.000Z')
  expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED')
  expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy()

  // The organiser moves the meeting by an hour: attendees are told, calendars get a new SEQUENCE.
  await org.getByRole('link', { name: 'Modifica', exact: true }).click()
  await expect(org.getByLabel('Inizio (ora di Roma)')).toHaveValue('2027-03-10T10:00')
  // Reminders by e-mail: the day before unless the organiser chooses otherwise.
  await expect(org.getByLabel('Promemoria per e-mail agli iscritti')).toHaveValue('H24')
  await org.getByLabel('Promemoria per e-mail agli iscritti').selectOption({ label: "Il giorno prima e un'ora prima" })
  await org.getByLabel('Inizio (ora di Roma)').fill('2027-03-10T11:00')
  await org.getByLabel('Fine (ora di Roma)').fill('2027-03-10T14:00')
  await org.getByRole('button', { name: 'Salva le modifiche' }).click()
  await expect(org.getByTestId('event-when')).toContainText('11:00')
  await org.getByRole('link', { name: 'Modifica', exact: true }).click()
  await expect(org.getByLabel('Promemoria per e-mail agli iscritti')).toHaveValue('BOTH')
  await org.goBack()
  await pages[2]!.goto('/notifiche')
  await expect(pages[2]!.getByTestId('notifications')).toContainText(`Organizzatrice Demo ha cambiato l'incontro «${title}»`)

  // Duplicating keeps the details and leaves the dates to choose.
  await org.getByRole('link', { name: 'Duplica' }).click()
  await expect(org.getByLabel('Titolo')).toHaveValue(title)
  await expect(org.getByLabel('Indirizzo')).toHaveValue('Via Villa Varda 2')
  await expect(org.getByLabel('Inizio (ora di Roma)')).toHaveValue('')
  await org.goto(eventUrl)

  // Cancelling the event: STATUS:CANCELLED in the subscribable feed, attendees notified.
  org.once('dialog', (d) => d.accept())
  await org.getByRole('button', { name: "Annulla l'evento" }).click()
  await expect(org.getByText('Questo evento è stato annullato.')).toBeVisible()
  const feed = parseIcs(await (await org.request.get('/feeds/events/all.ics')).text())
  const cancelled = feed.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('summary') === title)!
  expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED')
  expect(Number(cancelled.getFirstPropertyValue('sequence'))).toBe(2)
  await pages[1]!.goto('/notifiche')
  await expect(pages[1]!.getByTestId('notifications')).toContainText(`Organizzatrice Demo ha annullato l'incontro «${title}»`)
  // …and by e-mail (the development outbox).
  const admin = await browser.newContext({ storageState: 'e2e/.auth/admin.json' })
  const outbox = await admin.newPage()
  await outbox.goto('/admin/posta')
  await expect(
    outbox.locator('article', { hasText: members[1]!.email }).filter({ hasText: `annullato l'incontro «${title}»` }),
  ).toHaveCount(1)
  await admin.close()
})

test('members cannot create events', async ({ browser }) => {
  const p = await as(browser, createUser())
  await p.goto('/eventi')
  await expect(p.getByRole('link', { name: 'Nuovo evento' })).toHaveCount(0)
  // Issue 12: the refusal is an HTTP 403, not a 200.
  expect((await p.goto('/eventi/nuovo'))!.status()).toBe(403)
  await expect(p.getByRole('heading', { level: 1 })).toHaveText('Accesso non consentito')
})

for (const path of ['/eventi', '/en/events', '/eventi?past=1']) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.locator('main h1')).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

test('axe: the new-event form and an event page', async ({ browser }) => {
  const org = await as(browser, { email: 'organizzatrice@demo.invalid', password: DEMO.password })
  await org.goto('/eventi/nuovo')
  await expectNoAxeViolations(org)
  await org.getByLabel('Titolo').fill(`Webinar CSR ${Date.now()}`)
  await org.getByLabel('Tipo').selectOption({ label: 'Webinar' })
  await org.getByRole('textbox', { name: 'Descrizione (Markdown)' }).fill('Webinar sulla rendicontazione integrata.')
  await org.getByLabel('Inizio (ora di Roma)').fill('2027-07-01T15:00')
  await org.getByLabel('Fine (ora di Roma)').fill('2027-07-01T16:30')
  await org.getByLabel(/Link per partecipare online/).fill('https://meet.example.org/cartesio')
  await org.getByRole('button', { name: "Pubblica l'evento" }).click()
  await expect(org.getByText('ora di Roma (UTC+02:00)')).toBeVisible()
  await expectNoAxeViolations(org)
})
