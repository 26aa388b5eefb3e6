import { expect, test } from '@playwright/test'
import { createUser, expectNoAxeViolations, signIn } from './helpers'

test('a member downloads their data and deletes their account; their post stays, signed "Utente eliminato"', async ({ page }) => {
  const u = createUser()
  await signIn(page, u.email, u.password)
  const title = `Chi ha esperienza di audit di distretto? ${Date.now()}`
  await page.goto('/forum/nuova-discussione')
  await page.getByLabel('Categoria', { exact: true }).selectOption({ index: 1 })
  await page.getByLabel('Titolo').fill(title)
  await page.getByRole('textbox', { name: 'Testo (Markdown)' }).fill('Cerchiamo esperienze di audit EMAS svolti per un intero distretto.')
  await page.getByRole('button', { name: 'Pubblica la discussione' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  const threadUrl = page.url()

  // The privacy page says what is stored; the profile offers the download.
  await page.goto('/privacy')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy: che cosa conserviamo e perché')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Vai al tuo profilo' }).click()
  const download = page.waitForEvent('download')
  await page.getByTestId('export-link').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^cartesio-dati-\d{4}-\d{2}-\d{2}\.json$/)
  const data = JSON.parse(await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8'))
  expect(data.account.email).toBe(u.email)
  expect(data.forum.threads.map((t: { title: string }) => t.title)).toContain(title)
  expect(data.forum.posts[0].body).toContain('audit EMAS')
  // Nobody else's data: the endpoint needs the session.
  expect(
    (
      await page
        .context()
        .browser()!
        .newContext()
        .then((c) => c.request.get('/api/account/export'))
    ).status(),
  ).toBe(401)

  // Deleting needs the password and the explicit confirmation.
  const form = page.getByRole('form', { name: 'Cancella l’account' })
  await form.getByLabel('La tua password').fill('not-my-password')
  await form.getByRole('button', { name: 'Cancella il mio account' }).click()
  await expect(form.locator('#delete-confirm-error')).toHaveText('Spunta la conferma per cancellare l’account.')
  await form.getByLabel('Ho capito: voglio cancellare il mio account.').check()
  await form.getByRole('button', { name: 'Cancella il mio account' }).click()
  await expect(form.locator('#field-current-error')).toHaveText('La password attuale non è corretta.')
  await form.getByLabel('La tua password').fill(u.password)
  await form.getByRole('button', { name: 'Cancella il mio account' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('link', { name: 'Accedi' })).toBeVisible()

  // The thread stays, signed by a deleted user; the old credentials no longer work.
  await page.goto(threadUrl)
  await expect(page.getByRole('article').first()).toContainText('Utente eliminato')
  await expect(page.getByRole('article').first()).not.toContainText(u.name)
  await page.goto('/accedi')
  await page.getByLabel('E-mail').fill(u.email)
  await page.getByLabel('Password', { exact: true }).fill(u.password)
  await page.getByRole('button', { name: 'Accedi' }).click()
  await expect(page.locator('main').getByRole('alert')).toHaveText('E-mail o password non corrette.')
  await expect(page.getByTestId('account-link')).toHaveCount(0)
})
