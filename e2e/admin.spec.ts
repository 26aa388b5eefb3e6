import { expect, test } from '@playwright/test'
import { createUser, expectNoAxeViolations, signIn } from './helpers'

test.describe('as a member', () => {
  test.use({ storageState: 'e2e/.auth/member.json' })
  test('cannot open the admin pages', async ({ page }) => {
    for (const path of ['/admin', '/admin/utenti', '/admin/posta', '/admin/registro', '/en/admin/users']) {
      expect((await page.goto(path))!.status(), path).toBe(403)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Accesso non consentito|Access not allowed/)
      await expect(page.locator('table')).toHaveCount(0)
    }
    await expect(page.getByRole('banner').getByRole('link', { name: 'Amministrazione' })).toHaveCount(0)
  })
})

test('an anonymous visitor is sent to sign-in', async ({ page }) => {
  await page.goto('/admin/utenti')
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Fadmin%2Futenti$/)
})

test.describe('as an admin', () => {
  test.use({ storageState: 'e2e/.auth/admin.json' })
  test('changes a role, and the user has it at once', async ({ page, browser }) => {
    const user = createUser()
    await page.goto('/')
    await page.getByRole('banner').getByRole('link', { name: 'Amministrazione' }).click()
    await page.getByRole('link', { name: 'Utenti' }).click()
    await expect(page).toHaveURL(/\/admin\/utenti$/)
    await page.getByLabel('Cerca per nome o e-mail').fill(user.email)
    await page.getByRole('main').getByRole('button', { name: 'Cerca' }).click()
    const row = page.getByTestId(`user-${user.email}`)
    await expect(row.getByTestId('role')).toHaveText('Membro')
    await row.getByLabel(`Ruolo di ${user.name}`).selectOption({ label: 'Moderatore (esperto)' })
    await row.getByRole('button', { name: `Salva ruolo: ${user.name}` }).click()
    await expect(row.getByRole('status')).toHaveText('Ruolo aggiornato.')
    await expect(row.getByTestId('role')).toHaveText('Moderatore (esperto)')

    const ctx = await browser.newContext({ storageState: undefined })
    const userPage = await ctx.newPage()
    await signIn(userPage, user.email, user.password)
    await userPage.goto('/profilo')
    await expect(userPage.getByTestId('my-role')).toHaveText('Moderatore (esperto)')
    await ctx.close()

    // The change is in the audit log, found by its action (issue 12).
    await page.goto('/admin')
    await page.getByRole('link', { name: 'Registro delle azioni' }).click()
    await page.getByRole('combobox', { name: 'Azione', exact: true }).selectOption({ label: 'Ruolo cambiato' })
    await page.getByRole('button', { name: 'Filtra' }).click()
    const entry = page.getByTestId('audit-log').getByRole('row').filter({ hasText: user.name })
    await expect(entry).toContainText('Ruolo cambiato')
    await expect(entry).toContainText('"role":"MEMBER"')
    await expect(entry).toContainText('"role":"MODERATOR"')
    await expectNoAxeViolations(page)
  })

  test('cannot change their own role', async ({ page }) => {
    await page.goto('/admin/utenti?q=admin%40demo.invalid')
    const row = page.getByTestId('user-admin@demo.invalid')
    await expect(row).toContainText('(tu)')
    await expect(row.getByRole('button')).toHaveCount(0)
  })
})
