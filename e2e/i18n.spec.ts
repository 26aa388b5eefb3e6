import { expect, test } from '@playwright/test'

test('the language switch keeps the page', async ({ page }) => {
  await page.goto('/accedi')
  await expect(page.locator('html')).toHaveAttribute('lang', 'it')
  await page.getByRole('link', { name: 'Read this page in English' }).click()
  await expect(page).toHaveURL(/\/en\/sign-in$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in')

  await page.getByRole('link', { name: 'Forgot your password?' }).click()
  await expect(page).toHaveURL(/\/en\/forgot-password$/)
  await page.getByRole('link', { name: 'Leggi questa pagina in italiano' }).click()
  await expect(page).toHaveURL(/\/password-dimenticata$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Password dimenticata')
})

test('the home page speaks both languages; the network page lists the seven commitments and the districts', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('La Rete Cartesio')
  await page.getByRole('link', { name: 'Read this page in English' }).click()
  await expect(page).toHaveURL(/\/en$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Rete Cartesio network')
  await page.goto('/rete')
  await expect(page.getByRole('region', { name: 'I sette impegni di chi aderisce' }).getByRole('listitem')).toHaveCount(7)
  await expect(page.getByRole('table', { name: 'Distretti e aree produttive' })).toContainText('Distretto del Mobile Livenza')
  await page.getByRole('link', { name: 'Read this page in English' }).click()
  await expect(page).toHaveURL(/\/en\/network$/)
  await expect(page.getByRole('table', { name: 'Districts and production areas' })).toContainText('Livenza furniture district')
  await expect(page.getByRole('table', { name: 'Districts and production areas' })).toContainText('Friuli-Venezia Giulia')
})

test('English validation messages on English pages', async ({ page }) => {
  await page.goto('/en/register')
  await page.getByLabel('E-mail').fill('nope')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.locator('#field-email-error')).toHaveText(/Enter a valid e-mail address/)
  await expect(page.locator('#field-name-error')).toHaveText('This field is required.')
})

test('unknown pages answer 404 in the page language', async ({ page }) => {
  const res = await page.goto('/en/nothing-here')
  expect(res?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  const it = await page.goto('/pagina-inesistente')
  expect(it?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina non trovata')
})
