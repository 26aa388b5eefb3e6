import ICAL from 'ical.js'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { E2E_DATA_DIR } from '../playwright.config'

export type TestUser = { email: string; name: string; password: string; handle: string }

/** Creates a user through the data layer (not the UI), in the e2e server's own database. */
export function createUser(
  opts: { role?: 'MEMBER' | 'ORGANISER' | 'MODERATOR' | 'ADMIN'; locale?: 'it' | 'en'; memberOf?: string; name?: string } = {},
): TestUser {
  const out = execFileSync(
    path.resolve('node_modules/.bin/tsx'),
    ['--conditions=react-server', 'scripts/test-fixture.ts', 'user', JSON.stringify(opts)],
    {
      env: { ...process.env, DATA_DIR: E2E_DATA_DIR, DATABASE_URL: '' },
      encoding: 'utf8',
    },
  )
  return JSON.parse(out.trim().split('\n').at(-1)!)
}

export const DEMO = { admin: 'admin@demo.invalid', member: 'membro@demo.invalid', password: 'Cartesio-demo-2026' }

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/accedi')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Accedi' }).click()
  // The header shows the account as soon as the session exists, while the full navigation away from the
  // sign-in page is still under way: wait for that page to load, or the test's next goto is interrupted.
  await page.waitForURL((url) => url.pathname !== '/accedi')
  await expect(page.getByTestId('account-link')).toBeVisible()
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /^(Esci|Sign out)$/ }).click()
  await expect(page.getByRole('link', { name: /^(Accedi|Sign in)$/ })).toBeVisible()
}

/** WCAG 2.x A and AA rules. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

/** The admin reads the development outbox and returns the newest link sent to `to`. */
export async function linkFromOutbox(adminPage: Page, to: string, pathPart: string): Promise<string> {
  await adminPage.goto('/admin/posta')
  const mail = adminPage.locator('article', { has: adminPage.getByTestId('mail-to').getByText(to, { exact: true }) }).first()
  await expect(mail).toBeVisible()
  const text = await mail.locator('pre').innerText()
  const link = text.match(new RegExp(`https?://\\S*${pathPart}\\S*`))?.[0]
  expect(link, `a ${pathPart} link in the mail to ${to}`).toBeTruthy()
  return new URL(link!).pathname + new URL(link!).search
}

/** Parses an iCalendar text with ical.js (independent of the generator) and registers its own VTIMEZONEs. */
export function parseIcs(text: string) {
  // Zones must be known before the events are read: register the calendar's own, then parse again.
  for (const tz of new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(tz))
  return new ICAL.Component(ICAL.parse(text))
}
