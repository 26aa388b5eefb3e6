import { expect, test } from '@playwright/test'
import { createUser, expectNoAxeViolations, signIn } from './helpers'

// Issue 14: notifications by e-mail — a mention reaches the member's mailbox (here the development outbox) at once,
// and the member chooses, kind by kind, what arrives by e-mail.

test('a mention is mailed at once; a member who turns mentions off gets the notification but no mail', async ({ browser }) => {
  const author = createUser()
  const [mailed, quiet] = [createUser(), createUser()]
  // The quiet member turns mentions off on the preferences page, reached from the profile.
  const q = await (await browser.newContext()).newPage()
  await signIn(q, quiet.email, quiet.password)
  await q.goto('/profilo')
  await q.getByRole('link', { name: 'Scegli quali e-mail ricevere' }).click()
  await expect(q).toHaveURL(/\/profilo\/email$/)
  await expect(q.getByLabel('Qualcuno ti menziona')).toHaveValue('IMMEDIATE')
  await q.getByLabel('Qualcuno ti menziona').selectOption({ label: 'Mai per e-mail' })
  await q.getByRole('button', { name: 'Salva le preferenze' }).click()
  await expect(q.getByText('Preferenze salvate.')).toBeVisible()
  await q.reload()
  await expect(q.getByLabel('Qualcuno ti menziona')).toHaveValue('NONE')
  await expectNoAxeViolations(q)

  // The author mentions both.
  const a = await (await browser.newContext()).newPage()
  await signIn(a, author.email, author.password)
  const title = `Chi viene al tavolo APO ${Date.now().toString(36)}?`
  await a.goto('/forum/nuova-discussione')
  await a.getByLabel('Categoria', { exact: true }).selectOption({ label: 'Attestato APO' })
  await a.getByLabel('Titolo').fill(title)
  await a.getByRole('textbox', { name: 'Testo (Markdown)' }).fill(`Ci siete, @${mailed.handle} e @${quiet.handle}?`)
  await a.getByRole('button', { name: 'Pubblica la discussione' }).click()
  await expect(a).toHaveURL(/\/forum\/t\//)

  // The outbox has the mail for the one and not for the other; both have the notification.
  const admin = await (await browser.newContext({ storageState: 'e2e/.auth/admin.json' })).newPage()
  await admin.goto('/admin/posta')
  const mail = admin.locator('article', { has: admin.getByTestId('mail-to').getByText(mailed.email, { exact: true }) })
  await expect(mail).toHaveCount(1)
  await expect(mail.getByRole('heading')).toHaveText(`${author.name} ti ha menzionato in «${title}»`)
  await expect(mail).toContainText('/api/unsubscribe?u=')
  await expect(admin.locator('article', { has: admin.getByTestId('mail-to').getByText(quiet.email, { exact: true }) })).toHaveCount(0)
  await q.goto('/notifiche')
  await expect(q.getByTestId('notifications')).toContainText(`${author.name} ti ha menzionato in «${title}»`)

  // The mailed member follows the mail's "stop these e-mails" link, without signing in, and presses the one button.
  const stopLink = (await mail.locator('pre').innerText()).match(/https?:\/\/\S*\/api\/unsubscribe\?\S+/)![0]
  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto(stopLink)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Non ricevere più queste e-mail')
  await visitor.getByRole('button', { name: 'Non inviarmi più queste e-mail' }).click()
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Fatto')
  // A tampered link is refused.
  await visitor.goto(stopLink.replace(/t=[^&]+/, 't=tampered'))
  await expect(visitor.getByText('Questo link non è valido.', { exact: false })).toBeVisible()
  const m = await (await browser.newContext()).newPage()
  await signIn(m, mailed.email, mailed.password)
  await m.goto('/profilo/email')
  await expect(m.getByLabel('Qualcuno ti menziona')).toHaveValue('NONE')
})
