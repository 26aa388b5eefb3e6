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

test('@ offers members as one types: chosen with the keyboard, linked to the profile, and the notification names who wrote', async ({
  browser,
}) => {
  const suffix = Date.now().toString(36)
  const author = createUser({ name: `Ada Lovati ${suffix}` })
  const friend = createUser({ name: `Bruna Zanetti ${suffix}` })
  const a = await (await browser.newContext()).newPage()
  await signIn(a, author.email, author.password)
  await a.goto('/forum/nuova-discussione')
  await a.getByLabel('Categoria', { exact: true }).selectOption({ label: 'Attestato APO' })
  const title = `Tavolo APO con Bruna ${suffix}`
  await a.getByLabel('Titolo').fill(title)
  const body = a.getByRole('textbox', { name: 'Testo (Markdown)' })
  await body.click()
  // Typing "@" and the start of the handle opens the list; the arrow keys move, Enter inserts.
  await body.pressSequentially(`Ci sei, @${friend.handle.slice(0, -1)}`)
  const list = a.getByRole('listbox', { name: 'Membri da menzionare' })
  const option = list.getByRole('option', { name: new RegExp(`Bruna Zanetti ${suffix}`) })
  await expect(option).toBeVisible()
  await expect(a.getByRole('status').filter({ hasText: /membr[oi] trovat/ })).toBeVisible()
  await expectNoAxeViolations(a)
  // The arrows move the active option (wrapping at the ends): down then up lands where it started.
  const count = await list.getByRole('option').count()
  const first = await body.getAttribute('aria-activedescendant')
  expect(first).toMatch(/-mentions-0$/)
  await body.press('ArrowUp')
  await expect(body).toHaveAttribute('aria-activedescendant', new RegExp(`-mentions-${count - 1}$`))
  await body.press('ArrowDown')
  await expect(body).toHaveAttribute('aria-activedescendant', first!)
  // Down until the friend is the active option.
  for (let i = 0; i < count && (await option.getAttribute('aria-selected')) !== 'true'; i++) await body.press('ArrowDown')
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await expect(body).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!)
  await body.press('Enter')
  await expect(list).toBeHidden()
  await expect(body).toHaveValue(`Ci sei, @${friend.handle} `)
  await body.pressSequentially('?')
  await a.getByRole('button', { name: 'Pubblica la discussione' }).click()
  await expect(a).toHaveURL(/\/forum\/t\//)
  // The mention is a link to the member's profile.
  const link = a.locator('#post-1').getByRole('link', { name: `@${friend.handle}` })
  await expect(link).toHaveAttribute('href', `/persone/${friend.handle}`)

  // Escape closes the list without inserting anything.
  await a.locator('#reply-body').click()
  await a.locator('#reply-body').pressSequentially(`@${friend.handle.slice(0, 4)}`)
  await expect(a.getByRole('listbox', { name: 'Membri da menzionare' })).toBeVisible()
  await a.locator('#reply-body').press('Escape')
  await expect(a.getByRole('listbox', { name: 'Membri da menzionare' })).toBeHidden()
  await expect(a.locator('#reply-body')).toHaveValue(`@${friend.handle.slice(0, 4)}`)

  // The friend's notification says who mentioned them.
  const f = await (await browser.newContext()).newPage()
  await signIn(f, friend.email, friend.password)
  await f.goto('/notifiche')
  await expect(
    f.getByTestId('notifications').getByRole('link', { name: `Ada Lovati ${suffix} ti ha menzionato in «${title}»` }),
  ).toBeVisible()
})

test('a member follows a region and chooses a daily or weekly summary for it', async ({ browser }) => {
  const user = createUser()
  const p = await (await browser.newContext()).newPage()
  await signIn(p, user.email, user.password)
  await p.goto('/territori/marche')
  await p.getByRole('button', { name: 'Segui Marche' }).click()
  await expect(p.getByRole('button', { name: 'Non seguire più Marche' })).toHaveAttribute('aria-pressed', 'true')
  await expect(p.getByText('Ricevi le nuove buone pratiche e gli incontri di questo territorio')).toBeVisible()
  await p.goto('/profilo/email')
  const field = p.getByLabel('Buone pratiche e incontri nelle regioni e nei distretti che segui')
  await expect(field).toHaveValue('DAILY')
  await field.selectOption({ label: 'Riepilogo settimanale' })
  await p.getByRole('button', { name: 'Salva le preferenze' }).click()
  await expect(p.getByText('Preferenze salvate.')).toBeVisible()
  await p.reload()
  await expect(field).toHaveValue('WEEKLY')
  await expectNoAxeViolations(p)
})
