import 'server-only'
import { db, type OrganisationType } from '@/server/db'
import { renderMarkdown } from '@/lib/markdown'
import { encodeCodes } from '@/lib/codes'
import { hashPassword } from '@/server/auth/password'
import type { Role } from '@/lib/policies'
import { REGIONS } from '@/lib/territory'
import { handleFromName } from '@/lib/slug'

export { REGIONS }

/** Real districts named in shared/domain/facts.md, each with where the facts come from. */
export const CLUSTERS = [
  {
    slug: 'distretto-cartario-lucca',
    nameIt: 'Distretto cartario di Lucca',
    nameEn: 'Lucca paper district',
    regionId: 'toscana',
    sectorIt: 'Carta',
    sectorEn: 'Paper',
    source: 'Provincia di Lucca (provincia.lucca.it), progetto LIFE PIONEER',
  },
  {
    slug: 'distretto-mobile-livenza',
    nameIt: 'Distretto del Mobile Livenza',
    nameEn: 'Livenza furniture district',
    regionId: 'friuli-venezia-giulia',
    sectorIt: 'Mobile e arredo',
    sectorEn: 'Furniture',
    source: 'ARPA FVG (arpa.fvg.it)',
  },
  {
    slug: 'distretto-conciario-toscano',
    nameIt: 'Distretto conciario toscano (Santa Croce sull’Arno)',
    nameEn: 'Tuscan tanning district (Santa Croce sull’Arno)',
    regionId: 'toscana',
    sectorIt: 'Concia',
    sectorEn: 'Leather tanning',
    source: 'laconceria.it; consorzioconciatori.it',
  },
  {
    slug: 'macrolotto-prato',
    nameIt: '1° Macrolotto industriale di Prato',
    nameEn: 'Prato 1st Macrolotto industrial area',
    regionId: 'toscana',
    sectorIt: 'Tessile',
    sectorEn: 'Textiles',
    source: 'CONSER (conseronline.it); ARPAT (arpat.toscana.it)',
  },
  {
    slug: 'distretto-tessile-prato',
    nameIt: 'Distretto tessile di Prato',
    nameEn: 'Prato textile district',
    regionId: 'toscana',
    sectorIt: 'Tessile',
    sectorEn: 'Textiles',
    source: 'Rete Cartesio, indagine Ecodistretti 2012 (retecartesio.it)',
  },
  {
    slug: 'cerreto-laghi',
    nameIt: 'Comprensorio turistico di Cerreto Laghi (Collagna)',
    nameEn: 'Cerreto Laghi tourism cluster (Collagna)',
    regionId: 'emilia-romagna',
    sectorIt: 'Turismo',
    sectorEn: 'Tourism',
    source: 'Progetto LIFE ECO-Cluster, Parco Nazionale dell’Appennino Tosco-Emiliano (parcoappennino.it)',
  },
  {
    slug: 'distretto-alimentare-san-daniele',
    nameIt: 'Distretto agroalimentare di San Daniele',
    nameEn: 'San Daniele agri-food district',
    regionId: 'friuli-venezia-giulia',
    sectorIt: 'Agroalimentare',
    sectorEn: 'Agri-food',
    source: 'ARPA FVG (arpa.fvg.it)',
  },
  {
    slug: 'distretto-chimico-ravenna',
    nameIt: 'Distretto chimico di Ravenna',
    nameEn: 'Ravenna chemical district',
    regionId: 'emilia-romagna',
    sectorIt: 'Chimica',
    sectorEn: 'Chemicals',
    source: 'gonews.it (2025)',
  },
]

/**
 * APO attestation dates where a source gives them. Lucca paper district: attested 19/09/2008, renewed in 2012,
 * valid until 30/09/2017 (luccaindiretta.it, 2015; see content/case-studies/distretto-cartario-lucca.mdx).
 */
const APO: Record<string, { apoAwardedAt: Date; apoExpiresAt: Date }> = {
  'distretto-cartario-lucca': { apoAwardedAt: new Date('2008-09-19T00:00:00+02:00'), apoExpiresAt: new Date('2017-09-30T00:00:00+02:00') },
}

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

/** The forum's starting categories: the network's themes. Moderators add and reorder more. */
export const FORUM_CATEGORIES = [
  {
    slug: 'emas-cooperativo',
    nameIt: 'EMAS cooperativo e cluster',
    nameEn: 'Cooperative EMAS and clusters',
    descriptionIt:
      "L'EMAS applicato insieme da distretti, cluster e aree produttive: analisi territoriale, programma comune, dichiarazione di distretto.",
    descriptionEn:
      'EMAS applied together by districts, clusters and production areas: territorial analysis, shared programme, district statement.',
  },
  {
    slug: 'attestato-apo',
    nameIt: 'Attestato APO',
    nameEn: 'APO attestation',
    descriptionIt:
      "Il percorso verso l'attestato di Ambito produttivo omogeneo: comitato promotore, Soggetto Gestore, verifiche e rinnovi.",
    descriptionEn: 'The path to the homogeneous production area attestation: promotion committee, managing body, audits and renewals.',
  },
  {
    slug: 'apea',
    nameIt: 'APEA – aree produttive ecologicamente attrezzate',
    nameEn: 'APEA – ecologically equipped industrial areas',
    descriptionIt: 'Infrastrutture e servizi comuni, soggetto gestore unico, norme regionali.',
    descriptionEn: 'Shared infrastructure and services, single managing body, regional rules.',
  },
  {
    slug: 'csr-emas',
    nameIt: 'CSR e integrazione con EMAS',
    nameEn: 'CSR and integration with EMAS',
    descriptionIt: "Responsabilità sociale d'impresa e rendicontazione integrata con la dichiarazione ambientale EMAS.",
    descriptionEn: 'Corporate social responsibility and reporting integrated with the EMAS environmental statement.',
  },
  {
    slug: 'governance-territoriale',
    nameIt: 'Governance territoriale e pubbliche amministrazioni',
    nameEn: 'Territorial governance and public administrations',
    descriptionIt: 'Il ruolo di regioni ed enti locali, accordi di programma, acquisti pubblici verdi.',
    descriptionEn: 'The role of regions and local authorities, programme agreements, green public procurement.',
  },
  {
    slug: 'progetti-pilota',
    nameIt: 'Progetti pilota',
    nameEn: 'Pilot projects',
    descriptionIt: 'Esperienze pilota locali, nazionali ed europee: che cosa ha funzionato e che cosa no.',
    descriptionEn: 'Local, national and European pilot experiences: what worked and what did not.',
  },
  {
    slug: 'annunci-rete',
    nameIt: 'Annunci della rete',
    nameEn: 'Network announcements',
    descriptionIt: 'Notizie e comunicazioni della Rete Cartesio.',
    descriptionEn: 'News and communications from the Rete Cartesio.',
  },
]

/** Reference data (regions, districts, forum categories): always present, safe to run any number of times. */
export async function seedReference() {
  for (const r of REGIONS)
    await db.region.upsert({ where: { id: r.id }, create: r, update: { nameIt: r.nameIt, nameEn: r.nameEn, istatCode: r.istatCode } })
  for (const c of CLUSTERS) {
    const apo = APO[c.slug] ?? {}
    await db.cluster.upsert({ where: { slug: c.slug }, create: { ...c, ...apo }, update: apo })
  }
  for (const [position, c] of FORUM_CATEGORIES.entries())
    await db.forumCategory.upsert({ where: { slug: c.slug }, create: { ...c, position }, update: {} })
}

const DEMO_NOTE =
  '\n\n> **Esempio dimostrativo (demo).** Questa buona pratica è inventata per mostrare come funziona la piattaforma: non descrive un progetto reale.'
const DEMO_PRACTICES = [
  {
    title: '(demo) Raccolta congiunta degli imballaggi nell’area produttiva',
    summary:
      'Esempio dimostrativo: le imprese di un’area produttiva affidano a un solo gestore la raccolta degli imballaggi, con un calendario comune.',
    body:
      'Le imprese dell’area concordano **un calendario unico** di ritiro e un solo contratto.\n\n- un referente per l’area\n- pesate registrate per impresa\n- rendiconto annuale nella dichiarazione ambientale' +
      DEMO_NOTE,
    instruments: ['EMAS', 'APO'],
    theme: 'WASTE',
    sector: 'MIXED',
    regionId: 'toscana',
    results: [{ label: 'Ritiri all’anno (esempio)', value: '24', unit: 'ritiri' }],
  },
  {
    title: '(demo) Un programma ambientale comune per il distretto',
    summary:
      'Esempio dimostrativo: un comitato di distretto scrive un programma ambientale con obiettivi che ogni impresa riprende nel proprio.',
    body:
      'Il comitato promotore raccoglie gli aspetti ambientali **comuni** e fissa obiettivi condivisi.\n\n1. analisi ambientale territoriale\n2. programma con responsabilità e scadenze\n3. verifica annuale' +
      DEMO_NOTE,
    instruments: ['EMAS'],
    theme: 'GOVERNANCE',
    sector: 'OTHER',
    regionId: 'emilia-romagna',
    results: [{ label: 'Obiettivi comuni (esempio)', value: '6', unit: 'obiettivi' }],
  },
]

/** Demo data, loaded once per installation (an AppMeta marker), marked isDemo everywhere. */
export async function seedDemo(): Promise<boolean> {
  if (await db.appMeta.findUnique({ where: { key: 'demo-seeded' } })) return false
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  await db.$transaction(async (tx) => {
    const orgs = []
    for (const o of DEMO_ORGANISATIONS)
      orgs.push(await tx.organisation.upsert({ where: { slug: o.slug }, create: { ...o, isDemo: true }, update: {} }))
    for (const [i, u] of DEMO_USERS.entries()) {
      const user = await tx.user.upsert({
        where: { email: u.email },
        create: { ...u, handle: handleFromName(u.name), passwordHash, isDemo: true, emailConfirmedAt: new Date() },
        update: {},
      })
      const org = orgs[i % orgs.length]!
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: user.id, organisationId: org.id } },
        create: { userId: user.id, organisationId: org.id, confirmedAt: new Date() },
        update: {},
      })
    }
    // Two published good practices, so that the list is not empty on a demo install. Invented, and said so.
    const author = await tx.user.findUniqueOrThrow({ where: { email: 'membro@demo.invalid' }, select: { id: true } })
    for (const p of DEMO_PRACTICES) {
      const snapshot = { ...p, clusterId: null, organisationId: null, caseStudySlug: null, contact: '' }
      const row = await tx.practice.create({
        data: {
          ...p,
          authorId: author.id,
          status: 'PUBLISHED',
          instruments: encodeCodes(p.instruments),
          results: JSON.stringify(p.results),
          bodyHtml: renderMarkdown(p.body),
          revision: 1,
          submittedAt: new Date(),
          publishedAt: new Date(),
        },
      })
      await tx.practiceRevision.create({ data: { practiceId: row.id, number: 1, editorId: author.id, data: JSON.stringify(snapshot) } })
    }
    await tx.appMeta.create({ data: { key: 'demo-seeded', value: new Date().toISOString() } })
  })
  return true
}
