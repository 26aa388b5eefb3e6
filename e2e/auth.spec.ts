import { expect, test } from '@playwright/test'
import { createUser, linkFromOutbox, signOut } from './helpers'

test('a newcomer registers, confirms the address from the mail, signs in, signs out and in again', async ({ page, browser }) => {
  const id = Date.now().toString(36)
  const email = `anna.${id}@example.org`
  await page.goto('/')
  await page.getByRole('banner').getByRole('link', { name: 'Registrati' }).click()
  await expect(page).toHaveURL(/\/registrati$/)
  await page.getByLabel('Nome e cognome').fill('Anna Bianchi')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password').fill('Distretto-Livenza-2006')
  await page.getByRole('button', { name: "Crea l'account" }).click()
  await expect(page.locator('main').getByRole('status')).toContainText(`Ti abbiamo scritto a ${email}`)

  // Before the address is confirmed, sign-in says what to do.
  await page.goto('/accedi')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password', { exact: true }).fill('Distretto-Livenza-2006')
  await page.getByRole('button', { name: 'Accedi' }).click()
  await expect(page.locator('main').getByRole('alert')).toContainText('Prima conferma il tuo indirizzo')

  const admin = await browser.newContext({ storageState: 'e2e/.auth/admin.json' })
  const link = await linkFromOutbox(await admin.newPage(), email, '/conferma-account')
  await admin.close()
  await page.goto(link)
  await page.getByRole('button', { name: "Conferma l'indirizzo" }).click()
  await expect(page.locator('main').getByRole('status')).toContainText('Indirizzo confermato')
  await page.getByRole('link', { name: "Vai all'accesso" }).click()
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password', { exact: true }).fill('Distretto-Livenza-2006')
  await page.getByRole('button', { name: 'Accedi' }).click()
  await expect(page.getByTestId('account-link')).toHaveText('Anna Bianchi')
  await page.goto('/profilo')
  await expect(page.getByRole('heading', { name: 'Il tuo profilo' })).toBeVisible()
  await expect(page.getByTestId('my-role')).toHaveText('Membro')

  await signOut(page)
  await page.goto('/profilo')
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Fprofilo$/)
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password', { exact: true }).fill('Distretto-Livenza-2006')
  await page.getByRole('button', { name: 'Accedi' }).click()
  await expect(page).toHaveURL(/\/profilo$/)
  await expect(page.getByTestId('account-link')).toHaveText('Anna Bianchi')
})

test('registration with bad input shows a message next to each field and keeps the input', async ({ page }) => {
  await page.goto('/registrati')
  const name = page.getByLabel('Nome e cognome')
  const email = page.getByLabel('E-mail')
  const password = page.getByLabel('Password')
  await email.fill('non-una-email')
  await password.fill('corta')
  await page.getByRole('button', { name: "Crea l'account" }).click()

  const main = page.locator('main')
  await expect(main.getByRole('alert')).toContainText('Il modulo contiene errori')
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#field-name-error')).toHaveText('Questo campo è obbligatorio.')
  await expect(page.locator('#field-email-error')).toHaveText(/indirizzo e-mail valido/)
  await expect(page.locator('#field-password-error')).toHaveText('La password deve avere almeno 8 caratteri.')
  await expect(email).toHaveValue('non-una-email')
  await expect(password).toHaveValue('corta')
  await expect(name).toBeFocused()

  // A common password is refused on the server, with the rest kept.
  await name.fill('Marco Verdi')
  await email.fill(`marco.${Date.now().toString(36)}@example.org`)
  await password.fill('password123')
  await page.getByRole('button', { name: "Crea l'account" }).click()
  await expect(page.locator('#field-password-error')).toHaveText(/troppo comune/)
  await expect(name).toHaveValue('Marco Verdi')
  await expect(page.locator('#field-name-error')).toHaveCount(0)

  // An address that already has an account gets the same answer as a new one (issue 12): the mail tells its owner.
  const existing = createUser()
  await email.fill(existing.email)
  await password.fill('Un-altra-password-sicura')
  await page.getByRole('button', { name: "Crea l'account" }).click()
  await expect(page.locator('main').getByRole('status')).toContainText(`Ti abbiamo scritto a ${existing.email}`)
})

test('wrong passwords are refused and repeated failures are throttled, whatever X-Forwarded-For says', async ({ page }) => {
  const user = createUser()
  await page.goto('/accedi')
  await page.getByLabel('E-mail').fill(user.email)
  for (let i = 0; i < 5; i++) {
    // Issue 12: a client-written X-Forwarded-For must not give each attempt an address of its own.
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${i + 1}` })
    await page.getByLabel('Password', { exact: true }).fill(`sbagliata-${i}`)
    await page.getByRole('button', { name: 'Accedi' }).click()
    await expect(page.locator('main').getByRole('alert')).toHaveText('E-mail o password non corrette.')
  }
  // Now even the right password is blocked for this account from this address.
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.99' })
  await page.getByLabel('Password', { exact: true }).fill(user.password)
  await page.getByRole('button', { name: 'Accedi' }).click()
  await expect(page.locator('main').getByRole('alert')).toContainText('Troppi tentativi')
  await expect(page.getByLabel('E-mail')).toHaveValue(user.email)
})

test('a suspended account cannot sign in', async ({ browser }) => {
  const user = createUser()
  const admin = await browser.newContext({ storageState: 'e2e/.auth/admin.json' })
  const adminPage = await admin.newPage()
  await adminPage.goto(`/admin/utenti?q=${encodeURIComponent(user.email)}`)
  await adminPage.getByRole('button', { name: `Sospendi: ${user.name}` }).click()
  await expect(adminPage.getByTestId(`user-${user.email}`)).toContainText('Sospeso')
  await admin.close()

  const page = await browser.newPage()
  await page.goto('/accedi')
  await page.getByLabel('E-mail').fill(user.email)
  await page.getByLabel('Password', { exact: true }).fill(user.password)
  await page.getByRole('button', { name: 'Accedi' }).click()
  await expect(page.locator('main').getByRole('alert')).toContainText('Questo account è sospeso')
  await page.close()
})
