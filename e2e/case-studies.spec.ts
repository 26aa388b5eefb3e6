import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'

test('a newcomer filters, searches, reads a case study, its sources and a glossary term, then switches to English', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Casi studio' }).click()
  await expect(page).toHaveURL(/\/casi-studio$/)
  await expect(page.locator('#cs-results')).toHaveText('12 casi studio')

  // Filter by instrument and region: the filters combine and live in the URL.
  await page.getByRole('checkbox', { name: /Attestato APO/ }).check()
  await page.getByRole('checkbox', { name: /Toscana/ }).check()
  await page.getByRole('button', { name: 'Applica i filtri' }).click()
  await expect(page).toHaveURL(/instrument=apo/)
  await expect(page).toHaveURL(/region=toscana/)
  const results = page.getByTestId('case-study-results').getByRole('article')
  await expect(results).toHaveCount(2)
  await expect(page.getByTestId('case-study-results')).toContainText('Distretto cartario di Lucca')
  await expect(page.getByTestId('case-study-results')).toContainText('Distretto conciario toscano')
  await expect(page.getByRole('checkbox', { name: /Attestato APO/ })).toBeChecked()

  // The shared URL shows the same view.
  const shared = page.url()
  await page.goto(shared)
  await expect(results).toHaveCount(2)

  // Search a word that only appears in one body.
  await page.getByRole('link', { name: 'Azzera i filtri' }).click()
  await expect(page).toHaveURL(/\/casi-studio$/)
  await expect(page.getByRole('checkbox', { name: /Attestato APO/ })).not.toBeChecked()
  await expect(page.locator('#cs-results')).toHaveText('12 casi studio')
  await page.getByLabel('Cerca nei titoli, nelle sintesi e nei testi').fill('Baciacavallo')
  await page.getByRole('button', { name: 'Applica i filtri' }).click()
  await expect(results).toHaveCount(1)
  await results.first().getByRole('link').click()

  await expect(page).toHaveURL(/\/casi-studio\/macrolotto-prato-acquedotto-industriale$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1° Macrolotto di Prato')
  await expect(page.getByRole('region', { name: 'Scheda' })).toContainText('APEA')
  await expect(page.getByTestId('outcome-table').first()).toContainText('milioni di m³/anno')

  // Sources: a numbered list of real addresses, reachable from the references in the text.
  const sources = page.getByTestId('sources').getByRole('listitem')
  await expect(sources).toHaveCount(5)
  for (const link of await page.getByTestId('sources').getByRole('link').all())
    await expect(link).toHaveAttribute('href', /^https?:\/\/[^/]+\.[a-z]+/)
  await page.getByRole('link', { name: 'Fonte 3' }).first().click()
  await expect(page).toHaveURL(/#source-3$/)
  await expect(page.getByRole('region', { name: 'Dove le fonti non concordano' })).toContainText('12 km')

  // A glossary term links to its entry.
  await page.locator('a.glossary-term', { hasText: 'APEA' }).first().click()
  await expect(page).toHaveURL(/\/glossario#apea$/)
  await expect(page.locator('#apea')).toContainText('Area produttiva ecologicamente attrezzata')

  // Back to the case study, in English.
  await page.goBack()
  await page.getByRole('link', { name: 'Read this page in English' }).click()
  await expect(page).toHaveURL(/\/en\/case-studies\/macrolotto-prato-acquedotto-industriale$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('the industrial aqueduct that reuses treated water')
  await expect(page.getByRole('region', { name: 'Fact sheet' })).toContainText('Textiles')
  // The body is in English (issue 18): the page's own language, English headings, no Italian block, English contents.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const body = page.getByTestId('case-body')
  await expect(body.getByRole('heading', { level: 2, name: 'The problem: the aquifer' })).toBeVisible()
  await expect(body.getByRole('heading', { name: 'Il problema: la falda' })).toHaveCount(0)
  await expect(body).not.toHaveAttribute('lang', 'it')
  await expect(page.getByRole('navigation', { name: 'On this page' })).toContainText('Today')
  await expect(page.getByText('The full text is available in Italian')).toHaveCount(0)

  // The English list searches the English text: "tanker" is only in the English body of this case study.
  await page.goto('/en/case-studies?q=tanker')
  await expect(page.getByTestId('case-study-results').getByRole('article')).toHaveCount(1)
  await expect(page.getByTestId('case-study-results')).toContainText('1st Macrolotto')
})

test("today's status: each case study says where it stands, as of a date with its source; the list filters by it; district pages agree (issue 18)", async ({
  page,
}) => {
  await page.goto('/casi-studio')
  await page.getByRole('checkbox', { name: /^attivo/ }).check()
  await page.getByRole('button', { name: 'Applica i filtri' }).click()
  await expect(page).toHaveURL(/status=active/)
  const results = page.getByTestId('case-study-results').getByRole('article')
  await expect(results).toHaveCount(4)
  await expect(page.getByTestId('case-study-results')).toContainText('Distretto conciario toscano')
  await expect(page.getByTestId('case-study-results')).toContainText('Carta dei principi e il premio Innovatori responsabili')
  await expect(page.getByTestId('case-study-results')).toContainText('1° Macrolotto di Prato')
  await expect(page.getByTestId('case-study-results')).toContainText('Distretto chimico e industriale di Ravenna')
  for (const status of await page.getByTestId('case-study-results').getByTestId('case-status').allTextContents())
    expect(status).toBe('attivo')

  // The page: the status, its date and a link to the source that says so.
  await page.goto('/casi-studio/distretto-cartario-lucca')
  const fact = page.getByTestId('case-status')
  await expect(fact).toHaveText(/^non più in vigore al 18 novembre 2025 \[7\]$/)
  await fact.getByRole('link', { name: '[7]' }).click()
  await expect(page).toHaveURL(/#source-7$/)
  await expect(page.locator('#source-7')).toContainText('gonews.it')

  // The district page says the same, from the same case study.
  await page.goto('/distretti/distretto-cartario-lucca')
  await expect(page.getByTestId('district-status')).toContainText('Oggi: non più in vigore al 18 novembre 2025, secondo il caso studio')
  await page.goto('/distretti/distretto-conciario-toscano')
  await expect(page.getByTestId('district-status')).toContainText('Oggi: attivo al 18 novembre 2025')
  // An APEA has no APO attestation: its box says where it stands, from its case study.
  await page.goto('/distretti/apea-ponte-rizzoli')
  await expect(page.getByTestId('certification').getByRole('heading')).toHaveText('Stato attuale')
  await expect(page.getByTestId('district-status')).toContainText('Oggi: concluso al 16 novembre 2017')
})

test('case-study pages carry JSON-LD and metadata, and the RSS feeds list every case study', async ({ page, request }) => {
  await page.goto('/casi-studio/distretto-mobile-livenza')
  const ld = JSON.parse((await page.locator('article > script[type="application/ld+json"]').textContent())!)
  expect(ld['@type']).toBe('Article')
  expect(ld.headline).toContain('Livenza')
  expect(ld.citation.length).toBeGreaterThan(0)
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.getByRole('region', { name: 'Scheda' })).toContainText('dal 2004')

  for (const [feed, title] of [
    ['/feeds/casi-studio.xml', 'Distretto del Mobile Livenza'],
    ['/feeds/case-studies.xml', 'Livenza furniture district'],
  ] as const) {
    const res = await request.get(feed)
    expect(res.headers()['content-type']).toContain('application/rss+xml')
    const xml = await res.text()
    expect(xml.match(/<item>/g)).toHaveLength(12)
    expect(xml).toContain(title)
  }
})

test('an unknown case study is a 404', async ({ page }) => {
  const res = await page.goto('/casi-studio/non-esiste')
  expect(res?.status()).toBe(404)
})

for (const path of [
  '/casi-studio',
  '/en/case-studies?instrument=apo',
  '/casi-studio/distretto-cartario-lucca',
  '/en/case-studies/eco-cluster-cerreto-laghi',
  '/glossario',
  '/en/glossary',
]) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.locator('main h1')).toBeVisible()
    await expectNoAxeViolations(page)
  })
}
