import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { hashPassword } from '@/server/auth/password'
import { confirmAccount, confirmEmailChange, deleteMyAccount, register, setListed } from '@/server/accounts/commands'
import { issueToken } from '@/server/auth/tokens'
import { changeRole, setSuspended } from '@/server/admin/commands'
import { DELETED_NAME } from '@/server/accounts/privacy'
import { registerSchema } from '@/lib/validations/auth'
import { data, errorOf, member, uid } from './helpers'

const provider = env().provider
afterAll(() => db.$disconnect())

describe(`account commands (${provider})`, () => {
  it('registers with a free handle and answers a known address exactly as a new one, by mail (issue 12)', async () => {
    const address = `10.0.0.${uid()}`
    const name = `Giulia Verdi ${uid()}`
    const input = (email: string, password = 'tessuto-riciclato-2027') => registerSchema.parse({ name, email, password, locale: 'it' })
    const first = `a-${uid()}@test.invalid`
    expect(await register(input(first), address)).toEqual({ ok: true, data: { email: first } })
    data(await register(input(`b-${uid()}@test.invalid`), address))
    const handles = (await db.user.findMany({ where: { name }, orderBy: { createdAt: 'asc' }, select: { handle: true } })).map((u) => u.handle)
    expect(handles[1]).toBe(`${handles[0]}2`)
    // The new account waits for its address to be confirmed; the mail holds the link.
    const created = await db.user.findUniqueOrThrow({ where: { email: first }, select: { id: true, emailConfirmedAt: true } })
    expect(created.emailConfirmedAt).toBeNull()
    const confirmMail = await db.outboxMail.findFirstOrThrow({ where: { to: first }, select: { text: true } })
    const token = /token=([\w-]+)/.exec(confirmMail.text)![1]!
    data(await confirmAccount({ token }))
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id }, select: { emailConfirmedAt: true } })).emailConfirmedAt).not.toBeNull()
    expect(errorOf(await confirmAccount({ token }))).toBe('tokenInvalid')

    // A known address: the same answer, no second account, and its owner is told by mail.
    expect(await register(input(first, 'Un-altra-password-sicura'), address)).toEqual({ ok: true, data: { email: first } })
    expect(await db.user.count({ where: { email: first } })).toBe(1)
    const mails = await db.outboxMail.findMany({ where: { to: first }, orderBy: { createdAt: 'asc' }, select: { subject: true } })
    expect(mails.map((m) => m.subject)).toEqual(['Cartesio: conferma il tuo indirizzo e-mail', 'Cartesio: un tentativo di registrazione con il tuo indirizzo'])

    expect(await register(input(`c-${uid()}@test.invalid`, 'password123'), address)).toEqual({ ok: false, fieldErrors: { password: 'passwordCommon' } })
    const results = []
    for (let i = 0; i < 10; i++) results.push(errorOf(await register(input(`d${i}-${uid()}@test.invalid`), address)))
    expect(results).toContain('rateLimited')
  })

  it('deletes an account only with the right password, keeping nothing personal', async () => {
    const u = await member()
    await db.user.update({ where: { id: u.id }, data: { passwordHash: await hashPassword('la-mia-password-lunga') } })
    expect(await deleteMyAccount({ current: 'sbagliata', confirm: 'on' }, u)).toEqual({ ok: false, fieldErrors: { current: 'passwordWrong' } })
    data(await deleteMyAccount({ current: 'la-mia-password-lunga', confirm: 'on' }, u))
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { name: true, email: true, handle: true, deletedAt: true } })
    expect(row).toMatchObject({ name: DELETED_NAME, handle: null })
    expect(row.email).not.toBe(u.email)
    expect(row.deletedAt).not.toBeNull()
  })

  it('changes only the member\'s own listing', async () => {
    const [a, b] = [await member(), await member()]
    const org = await db.organisation.create({ data: { slug: `org-${uid()}`, name: 'Org', type: 'SME' } })
    await db.membership.create({ data: { userId: a.id, organisationId: org.id } })
    expect(errorOf(await setListed({ organisationId: org.id, listed: 'yes' }, b))).toBe('notFound')
    data(await setListed({ organisationId: org.id, listed: 'yes' }, a))
    expect((await db.membership.findUniqueOrThrow({ where: { userId_organisationId: { userId: a.id, organisationId: org.id } } })).listed).toBe(true)
  })
})

describe(`e-mail change (${provider})`, () => {
  it('ends every open session when the new address is confirmed (issue 12)', async () => {
    const u = await member()
    const before = (await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { sessionVersion: true } })).sessionVersion
    const newEmail = `new-${uid()}@test.invalid`
    const token = await issueToken(u.id, 'EMAIL_CHANGE', newEmail)
    expect(data(await confirmEmailChange({ token }))).toEqual({ email: newEmail })
    const after = await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { email: true, sessionVersion: true } })
    expect(after).toEqual({ email: newEmail, sessionVersion: before + 1 })
  })
})

describe(`admin commands (${provider})`, () => {
  it('changes others\' roles but never the admin\'s own; a suspension ends the open sessions', async () => {
    const [admin, target] = [await member('ADMIN'), await member()]
    expect(errorOf(await changeRole({ userId: admin.id, role: 'MEMBER' }, admin))).toBe('forbidden')
    data(await changeRole({ userId: target.id, role: 'ORGANISER' }, admin))
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true } })).role).toBe('ORGANISER')
    const before = (await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { sessionVersion: true } })).sessionVersion
    data(await setSuspended({ userId: target.id, suspend: true }, admin))
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { sessionVersion: true, suspendedAt: true } })
    expect(after.sessionVersion).toBe(before + 1)
    expect(after.suspendedAt).not.toBeNull()
    expect(errorOf(await changeRole({ userId: 'nobody', role: 'MEMBER' }, admin))).toBe('notFound')
  })
})
