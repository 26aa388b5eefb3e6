import { expect, test } from '@playwright/test'
import { DEMO, expectNoAxeViolations } from './helpers'

// Issue 13: the header, the mobile menu, the home that shows the network, joining explained, empty states.

test('the mobile menu opens from the keyboard, keeps focus inside, closes with Esc and gives focus back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/forum')
  const banner = page.getByRole('banner')
  // Below 992 px the navigation bar is not shown; the menu button is.
  await expect(banner.getByRole('navigation', { name: 'Navigazione principale' })).toBeHidden()
  const button = banner.getByRole('button', { name: 'Menu' })
  await button.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Menu' })
  await expect(dialog).toBeVisible()
  // The current section is marked, for the eye and for assistive technology.
  await expect(dialog.getByRole('link', { name: 'Forum' })).toHaveAttribute('aria-current', 'page')
  await expect(dialog.getByRole('link', { name: 'Eventi' })).not.toHaveAttribute('aria-current', 'page')
  // Tabbing through never reaches the page behind: focus stays in the dialog (past its last control the browser's
  // own interface may take it, and then it comes back to the dialog).
  const visited = new Set<string>()
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab')
    const where = await page.evaluate(() =>
      document.activeElement === document.body || !document.activeElement
        ? 'browser'
        : document.activeElement.closest('dialog')
          ? `dialog:${document.activeElement.textContent?.trim().slice(0, 30) ?? ''}`
          : `page:${document.activeElement.outerHTML.slice(0, 80)}`,
    )
    expect(where).not.toMatch(/^page:/)
    visited.add(where)
  }
  expect([...visited].filter((v) => v.startsWith('dialog:')).length).toBeGreaterThan(5)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
  // The close button closes it too; following a link closes it and navigates.
  await button.click()
  await dialog.getByRole('button', { name: 'Chiudi' }).click()
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
  await button.click()
  await dialog.getByRole('link', { name: 'Eventi' }).click()
  await expect(page).toHaveURL(/\/eventi$/)
  await expect(dialog).toBeHidden()
})

test('the header never wraps, signed in or not, in either language, and marks the current section', async ({ browser }) => {
  for (const signedIn of [false, true]) {
    const context = await browser.newContext(signedIn ? { storageState: 'e2e/.auth/admin.json' } : {})
    const page = await context.newPage()
    for (const width of [992, 1366]) {
      await page.setViewportSize({ width, height: 900 })
      for (const path of ['/eventi', '/en/events']) {
        await page.goto(path)
        const nav = page.getByRole('banner').getByRole('navigation', { name: /Navigazione principale|Main navigation/ })
        await expect(nav.getByRole('link', { name: /^(Eventi|Events)$/ })).toHaveAttribute('aria-current', 'page')
        if (signedIn) await expect(page.getByTestId('account-link')).toBeVisible()
        // One row each: the slim bar, the main header, the navigation bar.
        const heights = await page.evaluate(() => {
          const rows = document.querySelectorAll('header > div, header > nav')
          return Array.from(rows).map((r) => Math.round(r.getBoundingClientRect().height))
        })
        expect(heights[0], `${path} @${width} slim bar`).toBeLessThanOrEqual(40)
        expect(heights[1], `${path} @${width} main header`).toBeLessThanOrEqual(90)
        expect(heights[2], `${path} @${width} navigation bar`).toBeLessThanOrEqual(56)
      }
    }
    await context.close()
  }
})

test('the home shows the network alive: actions, figures, meetings, practices, discussions and a map of every region', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Aderisci alla rete' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Esplora i casi studio' })).toBeVisible()
  const figures = page.getByRole('list', { name: 'La rete in cifre' })
  await expect(figures.getByRole('link', { name: /casi studio/ })).toHaveAttribute('href', '/casi-studio')
  await expect(
    page
      .getByRole('region', { name: 'Prossimi incontri' })
      .getByRole('link', { name: /\(demo\)|Plenaria/ })
      .first(),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: 'Abbonati al calendario della rete (iCal)' })).toHaveAttribute(
    'href',
    '/feeds/events/all.ics',
  )
  await expect(page.getByTestId('home-practices').getByRole('listitem').first()).toBeVisible()
  await expect(page.getByTestId('home-threads').getByRole('listitem').first()).toBeVisible()

  // The map: twenty regions, each a link named with its figures; the same figures in a table.
  const map = page.getByTestId('italy-map')
  await expect(map.getByRole('link')).toHaveCount(20)
  await expect(map.getByRole('link', { name: /^Molise: 0 distretti/ })).toHaveAttribute('href', '/territori/molise')
  await expect(map.getByRole('link', { name: /^Toscana: \d+ distretti/ })).toBeVisible()
  await expect(page.getByTestId('map-table').getByRole('row', { name: /Toscana/ })).toBeVisible()
  await expectNoAxeViolations(page)
  // A region from the keyboard.
  await map.getByRole('link', { name: /^Toscana:/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/territori\/toscana$/)
  await expect(page.getByText('Tutto ciò che riguarda la Toscana')).toBeVisible()
})

test('joining is explained before sign-in, and signing in comes back to the form', async ({ page }) => {
  await page.goto('/rete/aderisci')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aderisci alla Rete Cartesio')
  await expect(page.getByTestId('join-commitments').getByRole('listitem')).toHaveCount(7)
  await expect(page.getByRole('heading', { name: 'Che cosa fa la rete con i dati' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Registrati', exact: true }).last()).toHaveAttribute('href', /callbackUrl=%2Frete%2Faderisci/)
  await expectNoAxeViolations(page)
  await page.getByRole('main').getByRole('link', { name: 'Accedi' }).click()
  await page.getByLabel('E-mail').fill(DEMO.member)
  await page.getByLabel('Password', { exact: true }).fill(DEMO.password)
  await page.getByRole('button', { name: 'Accedi' }).click()
  await expect(page).toHaveURL(/\/rete\/aderisci$/)
  await expect(page.getByRole('form', { name: 'Nuova domanda di adesione' })).toBeVisible()
})

test('empty sections say what they are for and offer the next step', async ({ page }) => {
  await page.goto('/territori/molise')
  await expect(page.getByText('Tutto ciò che riguarda il Molise')).toBeVisible()
  await expect(page.getByTestId('t-orgs').getByRole('link', { name: 'Scopri come aderire' })).toHaveAttribute('href', '/rete/aderisci')
  await expect(page.getByTestId('t-practices').getByRole('link', { name: 'Scrivi una buona pratica' })).toBeVisible()
  // A week without meetings (far in the future): one message, not seven.
  await page.goto('/eventi?view=week&week=2031-06-02')
  await expect(page.getByTestId('week-empty')).toHaveText(/Nessun incontro in questa settimana/)
  await expect(page.getByTestId('week-list')).toHaveCount(0)
})

test('on a phone, list filters wait behind a button that counts the active ones; results come first', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/casi-studio?instrument=apo&region=toscana')
  const toggle = page.getByRole('button', { name: 'Filtri (2 attivi)' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('search', { name: 'Filtra i casi studio' })).toBeHidden()
  // The first result is within the first screen.
  const first = page.getByTestId('case-study-results').getByRole('article').first()
  expect((await first.boundingBox())!.y).toBeLessThan(844)
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('search', { name: 'Filtra i casi studio' }).getByRole('checkbox', { name: /Attestato APO/ })).toBeChecked()
  await page.setViewportSize({ width: 1366, height: 900 })
  await expect(page.getByTestId('filters-toggle')).toBeHidden()
})

test('inner pages say where they are: breadcrumbs and their BreadcrumbList', async ({ page }) => {
  await page.goto('/casi-studio')
  await page
    .getByRole('main')
    .getByRole('link', { name: /Livenza/ })
    .first()
    .click()
  const crumbs = page.getByRole('navigation', { name: 'Percorso' })
  await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Casi studio'])
  await expect(crumbs.locator('[aria-current="page"]')).toContainText('Livenza')
  const lists = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((ss) => ss.map((s) => JSON.parse(s.textContent ?? '{}')))
  const trail = lists.find((l) => l['@type'] === 'BreadcrumbList')
  expect(trail.itemListElement.map((i: { name: string }) => i.name).slice(0, 2)).toEqual(['Home', 'Casi studio'])
  expect(trail.itemListElement[1].item).toMatch(/\/casi-studio$/)
})
