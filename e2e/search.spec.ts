import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'

/** Whether a text parses as XML (the browser's own parser): the error it reports, or null. */
async function xmlError(page: Page, xml: string) {
  return page.evaluate((x) => new DOMParser().parseFromString(x, 'application/xml').querySelector('parsererror')?.textContent ?? null, xml)
}

test('the header box suggests as one types: arrows choose, Enter opens the page', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Cerca nel sito' })
  await box.pressSequentially('conciario', { delay: 30 })
  const list = page.getByRole('banner').getByRole('listbox', { name: 'Suggerimenti' })
  await expect(list.getByRole('option').first()).toBeVisible()
  await expect(list.getByRole('option').first()).toContainText('Distretto conciario toscano')
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  await box.press('ArrowDown')
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/)
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/casi-studio\/distretto-conciario-toscano$/)

  // Escape closes the list; Enter then searches what is typed.
  await page.goto('/')
  await box.pressSequentially('distretti', { delay: 30 })
  await expect(list.getByRole('option').first()).toBeVisible()
  await box.press('Escape')
  await expect(list).toBeHidden()
  await box.press('Enter')
  await expect(page).toHaveURL(/\/cerca\?q=distretti$/)
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Risultati per «distretti»')
})

test('the results page: every kind of content, word forms, counts by type, filters and pages', async ({ page }) => {
  // "conceria" finds the tanning district's case study, whose text says "concerie".
  await page.goto('/cerca?q=conceria')
  const cases = page.getByTestId('search-caseStudy')
  await expect(cases.getByRole('link', { name: /Distretto conciario toscano/ })).toBeVisible()
  await expect(cases.locator('mark').first()).toHaveText(/^concer/i)
  // Snippets are clean text: no Markdown marks, no addresses.
  await expect(page.getByRole('main')).not.toContainText('**')
  await expect(page.getByRole('main')).not.toContainText('https://')
  await expectNoAxeViolations(page)

  // Types with counts; one type, filtered by region.
  await page.goto('/cerca?q=distretto')
  const types = page.getByTestId('search-types')
  await expect(types.getByRole('link', { name: /^Tutto \(\d+\)$/ })).toHaveAttribute('aria-current', 'page')
  await types.getByRole('link', { name: /^Casi studio \(\d+\)$/ }).click()
  await expect(page).toHaveURL(/type=caseStudy/)
  const all = await page.getByTestId('search-caseStudy').getByRole('listitem').count()
  expect(all).toBeGreaterThan(1)
  await page.getByLabel('Regione').selectOption({ label: 'Toscana' })
  await page.getByRole('button', { name: 'Applica' }).click()
  await expect(page).toHaveURL(/region=toscana/)
  await expect(page).toHaveURL(/type=caseStudy/)
  const tuscan = page.getByTestId('search-caseStudy').getByRole('listitem')
  await expect(tuscan.first()).toBeVisible()
  expect(await tuscan.count()).toBeLessThan(all)

  // A meeting by a word of its title, a glossary term, a territory; in English too.
  await page.goto('/cerca?q=plenaria')
  await expect(page.getByTestId('search-event').getByRole('link').first()).toBeVisible()
  await page.goto('/en/search?q=tuscany')
  await expect(page.getByTestId('search-territory').getByRole('link', { name: 'Tuscany' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Results for “tuscany”')
})

test('search engines: sitemap with alternates, robots.txt, canonical and hreflang links, preview images', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  await page.goto('/')
  expect(await xmlError(page, sitemap)).toBeNull()
  for (const slug of ['distretto-conciario-toscano', 'distretto-cartario-lucca']) {
    expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/casi-studio/${slug}</loc>`))
    expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/en/case-studies/${slug}</loc>`))
  }
  expect(sitemap).toContain('hreflang="en"')
  expect(sitemap).toContain('<lastmod>')

  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Disallow: /admin')
  expect(robots).toContain('Disallow: /en/account')
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/)

  // A shared case study, meeting or thread shows a preview image drawn for it.
  for (const path of [
    '/casi-studio/distretto-conciario-toscano',
    '/en/case-studies/life-siam',
    '/eventi',
    '/forum/c/emas-cooperativo',
    '/buone-pratiche',
  ]) {
    await page.goto(path)
    if (!/case-stud|casi-studio/.test(path)) {
      // The first meeting / thread / practice listed.
      const href = await page
        .getByRole('main')
        .locator({ '/eventi': 'a[href^="/eventi/c"]', '/buone-pratiche': 'a[href^="/buone-pratiche/c"]' }[path] ?? 'a[href^="/forum/t/"]')
        .first()
        .getAttribute('href')
      await page.goto(href!)
    }
    const image = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(image, path).toMatch(/^http.*\/og\/(it|en)\/(case-study|meeting|thread|practice)\/[A-Za-z0-9_-]+$/)
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    const res = await request.get(new URL(image!).pathname)
    expect(res.status(), image!).toBe(200)
    expect(res.headers()['content-type']).toBe('image/png')
    expect((await res.body()).subarray(1, 4).toString()).toBe('PNG')
  }
  expect((await request.get('/og/it/practice/no-such-practice')).status()).toBe(404)

  // Every page says which is its canonical address and where it is in the other language (cached pages too).
  for (const [path, other] of [
    ['/eventi', '/en/events'],
    ['/en/good-practices', '/buone-pratiche'],
    ['/forum', '/en/forum'],
  ]) {
    const link = (await request.get(path!)).headers()['link'] ?? ''
    expect(link, path).toContain(`${path}>; rel="canonical"`)
    expect(link, path).toContain(`${other}>; rel="alternate"`)
  }
})

test('feeds parse and are linked from their pages; calendars offer a webcal subscription', async ({ page, request }) => {
  await page.goto('/buone-pratiche')
  const practicesFeed = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')
  expect(practicesFeed).toMatch(/\/feeds\/practices\.xml$/)
  for (const feed of [
    practicesFeed!,
    '/feeds/forum.xml',
    '/feeds/forum-attestato-apo.xml',
    '/feeds/meetings.xml',
    '/feeds/territory-toscana.xml',
    '/feeds/en/practices.xml',
  ]) {
    const res = await request.get(feed)
    expect(res.status(), feed).toBe(200)
    expect(res.headers()['content-type']).toContain('application/atom+xml')
    const xml = await res.text()
    expect(await xmlError(page, xml), feed).toBeNull()
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
  }
  expect((await request.get('/feeds/territory-atlantide.xml')).status()).toBe(404)

  await page.goto('/eventi')
  const webcal = page.getByRole('main').getByTestId('webcal-link').first()
  await expect(webcal).toHaveAttribute('href', /^webcal:\/\/[^/]+\/feeds\/events\/all\.ics$/)
  await page.goto('/territori/toscana')
  await expect(page.getByRole('main').getByTestId('webcal-link')).toHaveAttribute('href', /^webcal:.*\/feeds\/events\/region-toscana\.ics$/)
})
