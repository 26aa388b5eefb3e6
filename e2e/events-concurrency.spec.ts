import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { expect, request as pwRequest, test } from '@playwright/test'
import { E2E_DATA_DIR } from '../playwright.config'

function fixture(kind: string, opts: object) {
  const out = execFileSync(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/test-fixture.ts', kind, JSON.stringify(opts)], {
    env: { ...process.env, DATA_DIR: E2E_DATA_DIR, DATABASE_URL: '' },
    encoding: 'utf8',
  })
  return JSON.parse(out.trim().split('\n').at(-1)!)
}

test('200 simultaneous registrations over HTTP for 50 seats: exactly 50 confirmed, 150 waitlisted', async ({ baseURL }) => {
  test.setTimeout(240_000)
  const { password, emails } = fixture('users', { count: 200 }) as { password: string; emails: string[] }
  const { id } = fixture('event', { capacity: 50 }) as { id: string }

  // Each member signs in through next-auth in their own cookie jar.
  const members = await Promise.all(
    emails.map(async (email) => {
      const ctx = await pwRequest.newContext({ baseURL })
      const { csrfToken } = await (await ctx.get('/api/auth/csrf')).json()
      const res = await ctx.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, json: 'true' } })
      expect(res.ok()).toBe(true)
      return ctx
    }),
  )

  // A kept-alive socket that the server closes as it idles can reset under the first request after the
  // pause (ECONNRESET); registering is idempotent per member, so a retry is safe and changes no count.
  const post = async (ctx: (typeof members)[number]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await (await ctx.post(`/api/events/${id}/registration`)).json()
      } catch (e) {
        if (attempt >= 3 || !/ECONNRESET|socket hang up/.test(String(e))) throw e
      }
    }
  }
  const t0 = Date.now()
  const results = await Promise.all(members.map(post))
  const ms = Date.now() - t0
  const statuses = results.map((r: { status?: string }) => r.status)
  console.log(`200 concurrent registrations answered in ${ms} ms`)
  expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(50)
  expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(150)

  // The event page agrees: no seat left.
  const page = await members[0]!.get(`/eventi/${id}`)
  expect(await page.text()).toContain('completo su 50')
  await Promise.all(members.map((m) => m.dispose()))
})

test('the registration endpoint refuses anonymous and cross-site requests', async ({ request }) => {
  const { id } = fixture('event', { capacity: 5 }) as { id: string }
  expect((await request.post(`/api/events/${id}/registration`)).status()).toBe(401)
  expect((await request.post(`/api/events/${id}/registration`, { headers: { origin: 'https://evil.example' } })).status()).toBe(403)
})
