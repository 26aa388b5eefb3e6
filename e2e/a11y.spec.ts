import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'

const PUBLIC = [
  '/',
  '/en',
  '/accedi',
  '/en/sign-in',
  '/registrati',
  '/en/register',
  '/password-dimenticata',
  '/en/forgot-password',
  '/reimposta-password?token=' + 'x'.repeat(43),
  '/reimposta-password',
  '/conferma-email?token=' + 'x'.repeat(43),
  '/pagina-inesistente',
]

for (const path of PUBLIC) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.locator('main')).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

test('axe: registration form showing errors', async ({ page }) => {
  await page.goto('/registrati')
  await page.getByRole('button', { name: "Crea l'account" }).click()
  await expect(page.locator('#field-email-error')).toBeVisible()
  await expectNoAxeViolations(page)
})

test.describe('member pages', () => {
  test.use({ storageState: 'e2e/.auth/member.json' })
  for (const path of ['/profilo', '/en/account', '/admin']) {
    test(`axe: ${path} (member)`, async ({ page }) => {
      await page.goto(path)
      await expect(page.getByTestId('account-link')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
})

test.describe('admin pages', () => {
  test.use({ storageState: 'e2e/.auth/admin.json' })
  for (const path of ['/admin', '/admin/utenti', '/admin/posta', '/en/admin/users']) {
    test(`axe: ${path} (admin)`, async ({ page }) => {
      await page.goto(path)
      await expect(page.getByTestId('account-link')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
})
