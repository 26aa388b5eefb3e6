import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { seedReference } from '@/server/seed'
import { apply, completeAdhesion, decideAdhesion, decideMembership, withdraw } from '@/server/network/commands'
import { adhesionSchema, adhesionUpdateSchema } from '@/lib/validations/network'
import { isValidPartitaIva } from '@/lib/tax-codes'
import { data, errorOf, member } from './helpers'
import { listRegister } from '@/server/network/queries'

const provider = env().provider
const tag = Math.random().toString(36).slice(2, 10)

beforeAll(() => seedReference())
afterAll(() => db.$disconnect())

describe(`adhesions (${provider})`, () => {
  it('two admins approving at once create one organisation; the register filters by commitment exactly', async () => {
    const [applicant, admin1, admin2] = await Promise.all(
      ['a', 'b', 'c'].map((x) => db.user.create({ data: { email: `nw-${x}-${tag}@test.invalid`, name: `Nw ${x}`, handle: `nw.${x}.${tag}`, passwordHash: 'x' } })),
    )
    await db.region.upsert({ where: { id: 'liguria' }, create: { id: 'liguria', istatCode: '07', nameIt: 'Liguria', nameEn: 'Liguria' }, update: {} })
    const cluster = await db.cluster.create({ data: { slug: `nw-${tag}`, nameIt: 'Porto', nameEn: 'Port', regionId: 'liguria', sectorIt: 'Logistica', sectorEn: 'Logistics' }, select: { id: true } })
    const a = await db.adhesion.create({
      data: {
        applicantId: applicant!.id, orgName: `Ente ${tag}`, orgType: 'PUBLIC_BODY', taxCode: '00743110157', regionId: 'liguria', province: 'Genova', sector: 'Porto',
        signatoryName: 'Firma', signatoryRole: 'Presidente', commitments: ',1,4,5,7,', clusterIds: `,${cluster.id},`, acceptedAt: new Date(),
      },
    })
    const decide = (admin: typeof admin1) => decideAdhesion({ adhesionId: a.id, decision: 'APPROVED', message: '' }, { ...admin!, role: 'ADMIN', locale: 'it' })
    const results = await Promise.all([decide(admin1), decide(admin2)])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.map(errorOf).filter(Boolean)).toEqual(['adhesionNotOpen'])
    expect(data(results.find((r) => r.ok)!).organisationId).toBeTruthy()
    const orgs = await db.organisation.findMany({ where: { name: `Ente ${tag}` } })
    expect(orgs).toHaveLength(1)
    expect(await db.adhesionEvent.count({ where: { adhesionId: a.id } })).toBe(1)
    const org = orgs[0]!
    expect(org.contactUserId).toBe(applicant!.id)
    expect((await db.membership.findUniqueOrThrow({ where: { userId_organisationId: { userId: applicant!.id, organisationId: org.id } } })).confirmedAt).not.toBeNull()
    expect((await listRegister({ commitment: '4', regionId: 'liguria' })).map((o) => o.name)).toContain(`Ente ${tag}`)
    expect((await listRegister({ commitment: '2', regionId: 'liguria' })).map((o) => o.name)).not.toContain(`Ente ${tag}`)
    expect((await listRegister({ clusterId: cluster.id })).map((o) => o.name)).toContain(`Ente ${tag}`)
  })
})

describe(`network commands (${provider})`, () => {
  /** A valid, random partita IVA (organisations are unique by it). */
  const vat = () => {
    const body = String(Math.floor(Math.random() * 1e10)).padStart(10, '0')
    return Array.from({ length: 10 }, (_, d) => body + d).find(isValidPartitaIva)!
  }
  const raw = (orgName: string) => ({
    orgName, orgType: 'SME', vatNumber: vat(), regionId: 'toscana', province: 'Prato', sector: 'Tessile', signatoryName: 'Maria Rossi',
    signatoryRole: 'Legale rappresentante', commitments: ['1', '3'], accept: 'on',
  })
  const application = (orgName: string) => adhesionSchema.parse(raw(orgName))

  it('applies, is asked for more, completes, is approved; only the applicant completes, only the contact person acts for the organisation', async () => {
    const [applicant, stranger, colleague, admin] = [await member(), await member(), await member(), await member('ADMIN')]
    const name = `Tessitura ${tag}`
    const { adhesionId } = data(await apply(application(name), applicant))
    expect(await db.notification.count({ where: { userId: admin.id, kind: 'ADHESION_SUBMITTED', adhesionId } })).toBe(1)
    data(await decideAdhesion({ adhesionId, decision: 'INFO_REQUESTED', message: 'Quale distretto?' }, admin))
    const completion = adhesionUpdateSchema.parse({ ...raw(name), adhesionId, reply: 'Il distretto tessile' })
    expect(errorOf(await completeAdhesion(completion, stranger))).toBe('notFound')
    data(await completeAdhesion(completion, applicant))
    const { organisationId } = data(await decideAdhesion({ adhesionId, decision: 'APPROVED', message: '' }, admin))
    const org = await db.organisation.findUniqueOrThrow({ where: { id: organisationId! }, select: { slug: true, contactUserId: true } })
    expect(org.slug).toMatch(/^tessitura-/)
    expect(org.contactUserId).toBe(applicant.id)

    await db.membership.create({ data: { userId: colleague.id, organisationId: organisationId! } })
    expect(errorOf(await decideMembership({ organisationId: organisationId!, userId: colleague.id, decision: 'confirm' }, stranger))).toBe('forbidden')
    data(await decideMembership({ organisationId: organisationId!, userId: colleague.id, decision: 'confirm' }, applicant))
    expect(await db.notification.count({ where: { userId: colleague.id, kind: 'MEMBERSHIP_CONFIRMED' } })).toBe(1)
    expect(errorOf(await decideMembership({ organisationId: organisationId!, userId: applicant.id, decision: 'remove' }, admin))).toBe('forbidden')

    expect(errorOf(await withdraw({ organisationId: organisationId!, reason: 'Cessata attività' }, colleague))).toBe('forbidden')
    data(await withdraw({ organisationId: organisationId!, reason: 'Cessata attività' }, applicant))
    expect((await db.adhesion.findUniqueOrThrow({ where: { id: adhesionId }, select: { status: true } })).status).toBe('WITHDRAWN')
  })

  it('gives two organisations with the same name distinct register addresses', async () => {
    const [a, b, admin] = [await member(), await member(), await member('ADMIN')]
    const name = `Comune di Prova ${tag}`
    const slugs: string[] = []
    for (const applicant of [a, b]) {
      const { adhesionId } = data(await apply(application(name), applicant))
      const { organisationId } = data(await decideAdhesion({ adhesionId, decision: 'APPROVED', message: '' }, admin))
      slugs.push((await db.organisation.findUniqueOrThrow({ where: { id: organisationId! }, select: { slug: true } })).slug)
    }
    expect(slugs[1]).toBe(`${slugs[0]}-2`)
  })

  it('takes at most 3 applications a day from one member (issue 12)', async () => {
    const applicant = await member()
    for (let i = 0; i < 3; i++) data(await apply(application(`Domanda ${i} ${tag}`), applicant))
    const refused = await apply(application(`Domanda 4 ${tag}`), applicant)
    expect(refused).toMatchObject({ ok: false, formError: 'rateLimited' })
    expect(!refused.ok && refused.retryAfterMinutes).toBeGreaterThan(60)
  })
})
