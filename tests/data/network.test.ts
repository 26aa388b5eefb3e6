import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/server/env'
import { decideAdhesion } from '@/server/network/commands'
import { data, errorOf } from './helpers'
import { listRegister } from '@/server/network/queries'

const provider = env().provider
const tag = Math.random().toString(36).slice(2, 10)

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
