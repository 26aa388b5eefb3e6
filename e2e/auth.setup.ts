import { test as setup } from '@playwright/test'
import { DEMO, signIn } from './helpers'

// Signs in once per role and keeps the session for the tests that need it.
for (const [role, email] of [
  ['admin', DEMO.admin],
  ['member', DEMO.member],
] as const) {
  setup(`sign in as demo ${role}`, async ({ page }) => {
    await signIn(page, email, DEMO.password)
    await page.context().storageState({ path: `e2e/.auth/${role}.json` })
  })
}
