import { expect, test } from '@playwright/test'
import { createUser, linkFromOutbox, signIn, signOut } from './helpers'

test('a member edits the profile, joins organisations and changes password', async ({ page }) => {
  const user = createUser()
  await signIn(page, user.email, user.password)
  await page.getByTestId('account-link').click()
  await expect(page).toHaveURL(/\/profilo$/)

  await page.getByLabel('Nome e cognome').fill('')
  await page.getByRole('button', { name: 'Salva' }).click()
  await expect(page.locator('#field-name-error')).toHaveText('Questo campo è obbligatorio.')
  await page.getByLabel('Nome e cognome').fill('Giulia Neri')
  await page.getByLabel('Lingua preferita').selectOption('en')
  await page.getByRole('button', { name: 'Salva' }).click()
  await expect(page.getByText('Modifiche salvate.')).toBeVisible()
  await expect(page.getByTestId('account-link')).toHaveText('Giulia Neri')

  // Several organisations.
  await page.getByLabel("Aggiungi un'organizzazione").selectOption({ label: 'PMI Esempio S.r.l. (demo)' })
  await page.getByRole('button', { name: 'Aggiungi' }).click()
  await expect(page.getByTestId('my-organisations')).toContainText('PMI Esempio S.r.l. (demo)')
  await page.getByLabel("Aggiungi un'organizzazione").selectOption({ label: 'Università Demo (demo)' })
  await page.getByRole('button', { name: 'Aggiungi' }).click()
  await expect(page.getByTestId('my-organisations').getByRole('listitem')).toHaveCount(2)
  await expect(page.getByTestId('my-organisations')).toContainText('da confermare')
  await page.getByRole('button', { name: 'Rimuovi PMI Esempio S.r.l. (demo)' }).click()
  await expect(page.getByTestId('my-organisations').getByRole('listitem')).toHaveCount(1)

  // Password change: wrong current password first.
  await page.getByLabel('Password attuale').first().fill('non-e-questa')
  await page.getByLabel('Nuova password', { exact: true }).fill('Cambiata-2026-Rete')
  await page.getByLabel('Ripeti la nuova password').fill('Cambiata-2026-Rete')
  await page.getByRole('button', { name: 'Cambia password' }).click()
  await expect(page.locator('#pw-current-error')).toHaveText('La password attuale non è corretta.')
  await expect(page.getByLabel('Nuova password', { exact: true })).toHaveValue('Cambiata-2026-Rete')
  await page.getByLabel('Password attuale').first().fill(user.password)
  await page.getByRole('button', { name: 'Cambia password' }).click()
  await expect(page.getByText('Password cambiata.')).toBeVisible()

  await page.reload()
  await expect(page.getByTestId('account-link')).toHaveText('Giulia Neri')
  await signOut(page)
  await signIn(page, user.email, 'Cambiata-2026-Rete')
})

test('a member changes e-mail through a confirmation link', async ({ page, browser }) => {
  const user = createUser()
  const newEmail = `nuovo.${Date.now().toString(36)}@example.org`
  await signIn(page, user.email, user.password)
  await page.goto('/profilo')
  await page.getByLabel('Nuovo indirizzo e-mail').fill(newEmail)
  await page.locator('#email-current-password').fill(user.password)
  await page.getByRole('button', { name: 'Invia il link di conferma' }).click()
  await expect(page.getByText(`Abbiamo inviato un link di conferma a ${newEmail}`)).toBeVisible()

  const admin = await browser.newContext({ storageState: 'e2e/.auth/admin.json' })
  const link = await linkFromOutbox(await admin.newPage(), newEmail, '/conferma-email')
  await admin.close()
  await page.goto(link)
  await page.getByRole('button', { name: "Conferma l'indirizzo" }).click()
  await expect(page.getByText(`Indirizzo aggiornato: ora accedi con ${newEmail}`)).toBeVisible()
  await signOut(page)
  await signIn(page, newEmail, user.password)
})
