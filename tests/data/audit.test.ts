import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { seedReference } from '@/server/seed'
import { changeRole, setSuspended } from '@/server/admin/commands'
import { createThread, hidePost, moveThread, reply } from '@/server/forum/commands'
import { deleteAccount } from '@/server/accounts/privacy'
import { listAudit } from '@/server/admin/queries'
import { newThreadSchema } from '@/lib/validations/forum'
import { data, member, uid } from './helpers'

const provider = env().provider
let categoryId = ''
let otherCategoryId = ''
beforeAll(async () => {
  await seedReference()
  const [a, b] = await Promise.all(
    ['a', 'b'].map((x) =>
      db.forumCategory.create({ data: { slug: `audit-${x}-${uid()}`, nameIt: 'Registro', nameEn: 'Audit', descriptionIt: 'x', descriptionEn: 'x' } }),
    ),
  )
  categoryId = a!.id
  otherCategoryId = b!.id
})
afterAll(() => db.$disconnect())

describe(`audit log (${provider})`, () => {
  it("records admins' and moderators' actions with before and after, and keeps them when the actor's account is deleted", async () => {
    const [admin, mod, author] = [await member('ADMIN', { name: `Amministratrice ${uid()}` }), await member('MODERATOR', { name: `Moderatore ${uid()}` }), await member()]
    data(await changeRole({ userId: author.id, role: 'ORGANISER' }, admin))
    data(await setSuspended({ userId: author.id, suspend: true }, admin))
    data(await setSuspended({ userId: author.id, suspend: false }, admin))
    const { threadId } = data(await createThread(newThreadSchema.parse({ categoryId, title: 'Una discussione registrata', body: 'Testo iniziale' }), mod))
    const { number } = data(await reply({ threadId, body: `Una risposta da nascondere ${uid()}` }, mod))
    const post = await db.post.findFirstOrThrow({ where: { threadId, number }, select: { id: true } })
    data(await hidePost({ postId: post.id, reason: 'fuori tema' }, mod))
    data(await moveThread({ threadId, categoryId: otherCategoryId }, mod))

    const mine = (await listAudit({ actor: admin.name })).entries
    expect(mine.map((e) => e.action)).toEqual(['user.suspend', 'user.suspend', 'user.role'])
    expect(JSON.parse(mine[2]!.before!)).toEqual({ role: 'MEMBER' })
    expect(JSON.parse(mine[2]!.after!)).toEqual({ role: 'ORGANISER' })
    expect(mine[2]!.label).toBe(author.name)

    const hides = (await listAudit({ action: 'post.hide', actor: mod.name })).entries
    expect(hides).toHaveLength(1)
    expect(JSON.parse(hides[0]!.after!)).toEqual({ reason: 'fuori tema' })

    await deleteAccount(mod.id)
    const kept = (await listAudit({ actor: mod.name })).entries
    expect(kept.map((e) => e.action)).toEqual(['thread.move', 'post.hide'])
  })

  it('records nothing when the command is refused', async () => {
    const [member1, member2] = [await member(), await member()]
    const before = await db.auditEntry.count()
    await changeRole({ userId: member2.id, role: 'ADMIN' }, member1)
    expect(await db.auditEntry.count()).toBe(before)
  })
})
