import 'server-only'
import { db, type OrganisationType } from '@/server/db'
import { hashPassword } from '@/server/auth/password'
import type { Role } from '@/lib/policies'
import { REGIONS } from '@/lib/territory'

export { REGIONS }

/** Real districts named in shared/domain/facts.md, each with where the facts come from. */
export const CLUSTERS = [
  { slug: 'distretto-cartario-lucca', nameIt: 'Distretto cartario di Lucca', nameEn: 'Lucca paper district', regionId: 'toscana', sectorIt: 'Carta', sectorEn: 'Paper', source: 'Provincia di Lucca (provincia.lucca.it), progetto LIFE PIONEER' },
  { slug: 'distretto-mobile-livenza', nameIt: 'Distretto del Mobile Livenza', nameEn: 'Livenza furniture district', regionId: 'friuli-venezia-giulia', sectorIt: 'Mobile e arredo', sectorEn: 'Furniture', source: 'ARPA FVG (arpa.fvg.it)' },
  { slug: 'distretto-conciario-toscano', nameIt: 'Distretto conciario toscano (Santa Croce sull’Arno)', nameEn: 'Tuscan tanning district (Santa Croce sull’Arno)', regionId: 'toscana', sectorIt: 'Concia', sectorEn: 'Leather tanning', source: 'laconceria.it; consorzioconciatori.it' },
  { slug: 'macrolotto-prato', nameIt: '1° Macrolotto industriale di Prato', nameEn: 'Prato 1st Macrolotto industrial area', regionId: 'toscana', sectorIt: 'Tessile', sectorEn: 'Textiles', source: 'CONSER (conseronline.it); ARPAT (arpat.toscana.it)' },
  { slug: 'distretto-tessile-prato', nameIt: 'Distretto tessile di Prato', nameEn: 'Prato textile district', regionId: 'toscana', sectorIt: 'Tessile', sectorEn: 'Textiles', source: 'Rete Cartesio, indagine Ecodistretti 2012 (retecartesio.it)' },
  { slug: 'cerreto-laghi', nameIt: 'Comprensorio turistico di Cerreto Laghi (Collagna)', nameEn: 'Cerreto Laghi tourism cluster (Collagna)', regionId: 'emilia-romagna', sectorIt: 'Turismo', sectorEn: 'Tourism', source: 'Progetto LIFE ECO-Cluster, Parco Nazionale dell’Appennino Tosco-Emiliano (parcoappennino.it)' },
  { slug: 'distretto-alimentare-san-daniele', nameIt: 'Distretto agroalimentare di San Daniele', nameEn: 'San Daniele agri-food district', regionId: 'friuli-venezia-giulia', sectorIt: 'Agroalimentare', sectorEn: 'Agri-food', source: 'ARPA FVG (arpa.fvg.it)' },
  { slug: 'distretto-chimico-ravenna', nameIt: 'Distretto chimico di Ravenna', nameEn: 'Ravenna chemical district', regionId: 'emilia-romagna', sectorIt: 'Chimica', sectorEn: 'Chemicals', source: 'gonews.it (2025)' },
]

export const DEMO_PASSWORD = 'Cartesio-demo-2026'

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@demo.invalid', name: 'Amministratrice Demo', role: 'ADMIN' },
  { email: 'moderatore@demo.invalid', name: 'Moderatore Demo', role: 'MODERATOR' },
  { email: 'organizzatrice@demo.invalid', name: 'Organizzatrice Demo', role: 'ORGANISER' },
  { email: 'membro@demo.invalid', name: 'Membro Demo', role: 'MEMBER' },
]

const DEMO_ORGANISATIONS: { slug: string; name: string; type: OrganisationType; regionId: string }[] = [
  { slug: 'demo-comune-di-esempio', name: 'Comune di Esempio (demo)', type: 'PUBLIC_ADMINISTRATION', regionId: 'toscana' },
  { slug: 'demo-consorzio-distretto', name: 'Consorzio di Distretto Demo (demo)', type: 'ASSOCIATION', regionId: 'emilia-romagna' },
  { slug: 'demo-pmi-esempio', name: 'PMI Esempio S.r.l. (demo)', type: 'SME', regionId: 'friuli-venezia-giulia' },
  { slug: 'demo-universita', name: 'Università Demo (demo)', type: 'UNIVERSITY', regionId: 'lombardia' },
]

/** Reference data (regions, districts): always present, safe to run any number of times. */
export async function seedReference() {
  for (const r of REGIONS) await db.region.upsert({ where: { id: r.id }, create: r, update: { nameIt: r.nameIt, nameEn: r.nameEn, istatCode: r.istatCode } })
  for (const c of CLUSTERS) await db.cluster.upsert({ where: { slug: c.slug }, create: c, update: {} })
}

/** Demo data, loaded once per installation (an AppMeta marker), marked isDemo everywhere. */
export async function seedDemo(): Promise<boolean> {
  if (await db.appMeta.findUnique({ where: { key: 'demo-seeded' } })) return false
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  await db.$transaction(async (tx) => {
    const orgs = []
    for (const o of DEMO_ORGANISATIONS) orgs.push(await tx.organisation.upsert({ where: { slug: o.slug }, create: { ...o, isDemo: true }, update: {} }))
    for (const [i, u] of DEMO_USERS.entries()) {
      const user = await tx.user.upsert({ where: { email: u.email }, create: { ...u, passwordHash, isDemo: true }, update: {} })
      const org = orgs[i % orgs.length]!
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: user.id, organisationId: org.id } },
        create: { userId: user.id, organisationId: org.id, confirmedAt: new Date() },
        update: {},
      })
    }
    await tx.appMeta.create({ data: { key: 'demo-seeded', value: new Date().toISOString() } })
  })
  return true
}
