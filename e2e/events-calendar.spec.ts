import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import { createUser, expectNoAxeViolations, parseIcs, signIn } from './helpers'

test('a recurring working group: series pages, month grid, week, organiser and cluster filters, RRULE feed', async ({ page }) => {
  // A confirmed member of the organisation the meeting is attributed to (issue 12: nobody else may name it).
  const org = createUser({ role: 'ORGANISER', memberOf: 'Università Demo (demo)' })
  await signIn(page, org.email, org.password)
  const title = `Gruppo di lavoro APEA ${Date.now()}`
  await page.goto('/eventi/nuovo')
  await page.getByLabel('Titolo').fill(title)
  await page.getByLabel('Tipo').selectOption({ label: 'Gruppo di lavoro' })
  await page.getByRole('textbox', { name: 'Descrizione (Markdown)' }).fill('Ogni primo martedì del mese.')
  await page.getByLabel('Inizio (ora di Roma)').fill('2027-02-02T17:00')
  await page.getByLabel('Fine (ora di Roma)').fill('2027-02-02T18:30')
  await page.getByLabel('Link per partecipare online (https://…)').fill('https://meet.example.org/apea')
  await page.getByLabel('Si ripete').selectOption({ label: 'Ogni mese, lo stesso giorno della settimana (es. il primo martedì)' })
  // 30 repetitions is too many: message next to the field, everything else kept.
  await page.getByLabel('Quante volte').fill('30')
  await page.getByLabel('Organizzazione che organizza').selectOption({ label: 'Università Demo (demo)' })
  await page.getByLabel('Distretto o cluster').selectOption({ label: 'Distretto cartario di Lucca' })
  await page.getByLabel('Caso studio collegato').selectOption({ value: 'distretto-cartario-lucca' })
  await page.getByRole('button', { name: "Pubblica l'evento" }).click()
  await expect(page.locator('#field-occurrences-error')).toHaveText('Indica un numero da 2 a 24.')
  await expect(page.getByLabel('Titolo')).toHaveValue(title)
  await page.getByLabel('Quante volte').fill('3')
  await page.getByRole('button', { name: "Pubblica l'evento" }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByTestId('event-rule')).toHaveText('Si ripete: primo martedì del mese, 3 volte.')
  await expect(page.getByTestId('event-series').getByRole('listitem')).toHaveCount(3)
  await expect(page.getByText('per Università Demo (demo)')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Distretto cartario di Lucca', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: /^Distretto cartario di Lucca: dal progetto PIONEER/ })).toBeVisible()
  // The third date (6 April, after the change to summer time) is still at 17:00 Rome time.
  await page
    .getByTestId('event-series')
    .getByRole('link', { name: /6 apr 2027/ })
    .click()
  await expect(page.getByTestId('event-when')).toContainText('martedì 6 aprile 2027, 17:00–')
  await expect(page.getByText('ora di Roma (UTC+02:00)')).toBeVisible()

  // Month grid: the March meeting sits on Tuesday 2 March; the grid passes axe.
  await page.goto('/eventi?view=month&month=2027-02')
  await page.getByRole('link', { name: 'Mese successivo →' }).click()
  await expect(page).toHaveURL(/month=2027-03/)
  await expect(page.getByRole('heading', { level: 2, name: 'marzo 2027' })).toBeVisible()
  const cell = page.getByTestId('month-grid').getByRole('cell').filter({ hasText: 'martedì 2 marzo' })
  await expect(cell).toContainText(title)
  await expect(cell).toContainText('17:00')
  await expectNoAxeViolations(page)

  // Week view of 1–7 March, and the organiser filter keeping only this organisation's events.
  await page.goto('/eventi?view=week&week=2027-03-03')
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText('Settimana dal 1 marzo al 7 marzo 2027')
  await expect(page.getByTestId('week-list').getByRole('listitem').filter({ hasText: 'martedì 2 marzo' }).first()).toContainText(title)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Elenco' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Prossimi eventi' })).toBeVisible()
  await page.getByLabel('Organizzazione').selectOption({ label: 'Università Demo (demo)' })
  await page.getByLabel('Distretto o cluster').selectOption({ label: 'Distretto cartario di Lucca' })
  await page.getByRole('button', { name: 'Filtra' }).click()
  await expect(page).toHaveURL(/cluster=[a-z0-9]+&org=[a-z0-9]+/)
  await expect(page.getByTestId('event-list').getByRole('link', { name: title })).toHaveCount(3)

  // The cluster's calendar publishes the series once, with its RRULE; ical.js expands it in Rome time.
  const feedLink = page.getByRole('link', { name: 'Calendario degli eventi di Distretto cartario di Lucca' })
  const feedHref = (await feedLink.getAttribute('href'))!
  const cal = parseIcs(await (await page.request.get(feedHref)).text())
  const series = cal.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('summary') === title)
  expect(series).toHaveLength(1)
  expect(String(series[0]!.getFirstProperty('rrule')!.getFirstValue())).toContain('FREQ=MONTHLY')
  const it = new ICAL.Event(series[0]!).iterator()
  const starts: string[] = []
  for (let n = it.next(); n; n = it.next()) starts.push(n.toJSDate().toISOString())
  expect(starts).toEqual(['2027-02-02T16:00:00.000Z', '2027-03-02T16:00:00.000Z', '2027-04-06T15:00:00.000Z'])

  // The group moves to 18:00 from the first date on: every later date keeps its day, takes the new time,
  // and the feed publishes each moved date as an override of the series.
  await page.goto('/eventi?view=month&month=2027-02')
  await page
    .getByTestId('month-grid')
    .getByRole('link', { name: new RegExp(title) })
    .click()
  await page.getByRole('link', { name: 'Modifica', exact: true }).click()
  await page.getByLabel('Inizio (ora di Roma)').fill('2027-02-02T18:00')
  await page.getByLabel('Fine (ora di Roma)').fill('2027-02-02T19:30')
  await page.getByLabel('Applica le modifiche anche alle 2 date successive della serie').check()
  await page.getByRole('button', { name: 'Salva le modifiche' }).click()
  await expect(page.getByTestId('event-when')).toContainText('18:00')
  await page
    .getByTestId('event-series')
    .getByRole('link', { name: /6 apr 2027/ })
    .click()
  await expect(page.getByTestId('event-when')).toContainText('martedì 6 aprile 2027, 18:00–')
  const moved = parseIcs(await (await page.request.get(feedHref)).text())
    .getAllSubcomponents('vevent')
    .filter((v) => v.getFirstPropertyValue('summary') === title && v.hasProperty('recurrence-id'))
    .map((v) => new ICAL.Event(v))
  expect(moved.map((e) => e.startDate.toJSDate().toISOString()).sort()).toEqual([
    '2027-02-02T17:00:00.000Z',
    '2027-03-02T17:00:00.000Z',
    '2027-04-06T16:00:00.000Z',
  ])
  expect(moved.map((e) => e.recurrenceId.toJSDate().toISOString()).sort()).toEqual([
    '2027-02-02T16:00:00.000Z',
    '2027-03-02T16:00:00.000Z',
    '2027-04-06T15:00:00.000Z',
  ])
})

test('after the meeting the organiser attaches minutes (file) and slides (link); anyone downloads them', async ({ page, browser }) => {
  const org = createUser({ role: 'ORGANISER' })
  await signIn(page, org.email, org.password)
  const title = `Plenaria ${Date.now()}`
  await page.goto('/eventi/nuovo')
  await page.getByLabel('Titolo').fill(title)
  await page.getByLabel('Tipo').selectOption({ label: 'Plenaria' })
  await page.getByRole('textbox', { name: 'Descrizione (Markdown)' }).fill('Assemblea plenaria.')
  await page.getByLabel('Inizio (ora di Roma)').fill('2027-05-12T00:00')
  await page.getByLabel('Fine (ora di Roma)').fill('2027-05-13T00:00')
  await page.getByLabel('Tutto il giorno').check()
  await page.getByLabel('Indirizzo').fill('Piazza del Comune 1')
  await page.getByRole('button', { name: "Pubblica l'evento" }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  // A whole-day event from the 12th to the 13th, written as DATE values in the calendar file.
  await expect(page.getByTestId('event-when')).toContainText('mercoledì 12 maggio 2027 – giovedì 13 maggio 2027')
  await expect(page.getByTestId('event-when')).toContainText('Tutto il giorno')
  const ics = await (await page.request.get((await page.getByTestId('ics-link').getAttribute('href'))!)).text()
  expect(ics).toContain('DTSTART;VALUE=DATE:20270512')
  expect(ics).toContain('DTEND;VALUE=DATE:20270514')

  const materials = page.getByRole('form', { name: 'Aggiungi un verbale o un materiale' })
  // Nothing given; then a "PDF" that is really HTML: refused, the title stays.
  await materials.getByRole('button', { name: 'Aggiungi' }).click()
  await expect(page.locator('#field-title-error')).toBeVisible()
  await materials.getByLabel('Titolo').fill('Verbale della plenaria')
  await materials
    .getByLabel('Oppure un file')
    .setInputFiles({ name: 'verbale.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<script>alert(1)</script>') })
  await materials.getByRole('button', { name: 'Aggiungi' }).click()
  await expect(page.locator('#field-file-error')).toHaveText('Tipo di file non ammesso, o il contenuto non corrisponde all’estensione.')
  await expect(materials.getByLabel('Titolo')).toHaveValue('Verbale della plenaria')
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
  await materials.getByLabel('Oppure un file').setInputFiles({ name: 'verbale-plenaria.pdf', mimeType: 'application/pdf', buffer: pdf })
  await materials.getByRole('button', { name: 'Aggiungi' }).click()
  await expect(page.getByText('Materiale aggiunto.')).toBeVisible()
  await materials.getByLabel('Tipo').selectOption({ label: 'Presentazione' })
  await materials.getByLabel('Titolo').fill('Slide dell’intervento')
  await materials.getByLabel('Link (https://…)').fill('https://example.org/slide')
  await materials.getByRole('button', { name: 'Aggiungi' }).click()
  await expect(page.getByTestId('event-materials').getByRole('listitem')).toHaveCount(2)
  await expectNoAxeViolations(page)

  // An anonymous visitor sees the archive and downloads the minutes, byte for byte, as a download.
  const anon = await browser.newPage()
  await anon.goto(page.url())
  const list = anon.getByTestId('event-materials')
  await expect(list).toContainText('Verbale')
  await expect(list).toContainText('PDF, 1 kB')
  await expect(list.getByRole('link', { name: 'Slide dell’intervento' })).toHaveAttribute('href', 'https://example.org/slide')
  const res = await anon.request.get((await list.getByRole('link', { name: 'Verbale della plenaria' }).getAttribute('href'))!)
  expect(res.headers()['content-type']).toBe('application/pdf')
  expect(res.headers()['content-disposition']).toContain('attachment')
  // Issue 12: a download is never run or embedded (its own sandboxing policy, not the generic one).
  expect(res.headers()['content-security-policy']).toBe("default-src 'none'; sandbox")
  expect(res.headers()['x-content-type-options']).toBe('nosniff')
  expect(res.headers()['cache-control']).toBe('private, no-cache')
  expect(Buffer.compare(await res.body(), pdf)).toBe(0)
  await expect(anon.getByRole('form', { name: 'Aggiungi un verbale o un materiale' })).toHaveCount(0)
  await anon.close()

  // The organiser removes the slides (after confirming); the minutes stay.
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('button', { name: 'Rimuovi «Slide dell’intervento»' }).click()
  await expect(page.getByTestId('event-materials').getByRole('listitem')).toHaveCount(1)
  await expect(page.getByTestId('event-materials')).toContainText('Verbale della plenaria')
})
