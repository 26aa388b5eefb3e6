import { expect, test } from '@playwright/test'
import { createUser, linkFromOutbox, signIn } from './helpers'

test('forgot password: the mail lands in the outbox and its link sets a new password', async ({ page, browser }) => {
  const user = createUser()
  await page.goto('/accedi')
  await page.getByRole('link', { name: 'Password dimenticata?' }).click()
  await expect(page).toHaveURL(/\/password-dimenticata$/)
  await page.getByLabel('E-mail').fill(user.email)
  await page.getByRole('button', { name: 'Invia il link' }).click()
  await expect(page.locator('main').getByRole('status')).toContainText('Se esiste un account con questo indirizzo')

  const admin = await browser.newContext({ storageState: 'e2e/.auth/admin.json' })
  const link = await linkFromOutbox(await admin.newPage(), user.email, '/reimposta-password')
  await admin.close()

  await page.goto(link)
  await expect(page.getByRole('heading', { name: 'Scegli una nuova password' })).toBeVisible()
  await page.getByLabel('Nuova password', { exact: true }).fill('Nuova-password-APO-2026')
  await page.getByLabel('Ripeti la nuova password').fill('Nuova-password-diversa')
  await page.getByRole('button', { name: 'Salva la nuova password' }).click()
  await expect(page.locator('#field-confirm-error')).toHaveText('Le due password non coincidono.')
  await page.getByLabel('Ripeti la nuova password').fill('Nuova-password-APO-2026')
  await page.getByRole('button', { name: 'Salva la nuova password' }).click()

  await expect(page).toHaveURL(/\/accedi\?reset=1$/)
  await expect(page.locator('main').getByRole('status')).toContainText('Password aggiornata')
  // The old password no longer works, the new one does.
  await page.getByLabel('E-mail').fill(user.email)
  await page.getByLabel('Password', { exact: true }).fill(user.password)
  await page.getByRole('button', { name: 'Accedi' }).click()
  await expect(page.locator('main').getByRole('alert')).toHaveText('E-mail o password non corrette.')
  await signIn(page, user.email, 'Nuova-password-APO-2026')

  // The link works only once.
  await page.goto(link)
  await page.getByLabel('Nuova password', { exact: true }).fill('Ancora-un-altra-2026')
  await page.getByLabel('Ripeti la nuova password').fill('Ancora-un-altra-2026')
  await page.getByRole('button', { name: 'Salva la nuova password' }).click()
  await expect(page.locator('main').getByRole('alert')).toContainText('non è valido o è scaduto')
})
