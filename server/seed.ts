import 'server-only'
import { db, type OrganisationType } from '@/server/db'
import { renderMarkdown } from '@/lib/markdown'
import { encodeCodes } from '@/lib/codes'
import { hashPassword } from '@/server/auth/password'
import type { Role } from '@/lib/policies'
import { REGIONS } from '@/lib/territory'
import { handleFromName } from '@/lib/slug'
import { createHash } from 'node:crypto'
import { romeLocalToUtc } from '@/lib/dates'
import { romeDay } from '@/lib/calendar'
import { occurrences, recurrenceRule } from '@/lib/recurrence'
import { storeMaterialFile } from '@/server/events/materials'

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
  {
    slug: 'distretto-ceramico-sassuolo',
    nameIt: 'Distretto ceramico di Sassuolo',
    nameEn: 'Sassuolo ceramic district',
    regionId: 'emilia-romagna',
    sectorIt: 'Ceramica',
    sectorEn: 'Ceramics',
    source: 'Provincia di Modena (provincia.modena.it); Confindustria Ceramica (confindustriaceramica.it)',
  },
  {
    slug: 'apea-ponte-rizzoli',
    nameIt: 'APEA di Ponte Rizzoli (Ozzano dell’Emilia)',
    nameEn: 'Ponte Rizzoli APEA (Ozzano dell’Emilia)',
    regionId: 'emilia-romagna',
    sectorIt: 'Produttivo e terziario',
    sectorEn: 'Manufacturing and services',
    source: 'Città metropolitana di Bologna (cittametropolitana.bo.it)',
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

/** Demo data, loaded once per installation (AppMeta markers, one per stage), marked as demo everywhere. */
export async function seedDemo(): Promise<boolean> {
  const base = await seedDemoBase()
  const network = await seedDemoNetwork()
  return base || network
}

async function seedDemoBase(): Promise<boolean> {
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

const DEMO_MARK = '\n\n> **Esempio dimostrativo (demo).** Contenuto inventato per mostrare come funziona la piattaforma.'
const DEMO_COMMITMENTS = ['1,2,3,4,5,6,7', '1,2,4', '1,4,5,7', '2,3,6']

/** A Rome wall-clock time `days` from today (negative: in the past). */
function romeAt(days: number, time: string) {
  return romeLocalToUtc(`${romeDay(new Date(Date.now() + days * 86_400_000))}T${time}`)!
}

/**
 * The second demo stage (issue 13): the demo organisations adhere (with their application), meetings — upcoming,
 * hybrid, a monthly series, a past one with minutes and a material — and discussions with replies. Everything
 * says "(demo)" in its title or name, like the demo practices. Loaded once (its own marker).
 */
async function seedDemoNetwork(): Promise<boolean> {
  if (await db.appMeta.findUnique({ where: { key: 'demo-network-seeded' } })) return false
  const users = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { id: true, email: true } })
  const id = (email: string) => users.find((u) => u.email === email)!.id
  const [admin, moderator, organiser, member] = DEMO_USERS.map((u) => id(u.email)) as [string, string, string, string]
  const minutesText = new TextEncoder().encode(
    'Verbale dimostrativo (demo)\n\nPresenti: Comune di Esempio (demo), Consorzio di Distretto Demo (demo).\n' +
      'Punti discussi: analisi ambientale territoriale, indicatori comuni, prossimi passi.\n' +
      'Questo documento è inventato per mostrare come funziona la piattaforma.\n',
  )
  const minutesId = await db.$transaction(async (tx) => {
    // The demo organisations adhere, each through an approved application by one demo account (its contact person).
    const orgs = await tx.organisation.findMany({
      where: { slug: { in: DEMO_ORGANISATIONS.map((o) => o.slug) } },
      orderBy: { slug: 'asc' },
    })
    for (const [i, o] of orgs.entries()) {
      const contact = [admin, moderator, organiser, member][i % 4]!
      const adheredAt = new Date(Date.now() - (120 - i * 20) * 86_400_000)
      const commitments = `,${DEMO_COMMITMENTS[i % DEMO_COMMITMENTS.length]},`
      await tx.organisation.update({
        where: { id: o.id },
        data: { adheredAt, commitments, contactUserId: contact, province: 'Demo', sector: 'Demo' },
      })
      const a = await tx.adhesion.create({
        data: {
          applicantId: contact,
          organisationId: o.id,
          status: 'APPROVED',
          orgName: o.name,
          orgType: o.type,
          taxCode: null,
          vatNumber: null,
          regionId: o.regionId ?? 'toscana',
          province: 'Demo',
          sector: 'Demo',
          signatoryName: 'Persona Demo',
          signatoryRole: 'Legale rappresentante (demo)',
          commitments,
          acceptedAt: adheredAt,
          createdAt: adheredAt,
        },
      })
      await tx.adhesionEvent.createMany({
        data: [
          { adhesionId: a.id, kind: 'SUBMITTED', actorId: contact, createdAt: adheredAt },
          { adhesionId: a.id, kind: 'APPROVED', actorId: admin, createdAt: adheredAt },
        ],
      })
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: contact, organisationId: o.id } },
        create: { userId: contact, organisationId: o.id, confirmedAt: adheredAt, listed: true },
        update: { confirmedAt: adheredAt, listed: true },
      })
    }
    const org = (slug: string) => orgs.find((o) => o.slug === slug)?.id ?? null
    // One demo organisation with a full profile, so that the page shows what a contact person can publish.
    const profiled = org('demo-consorzio-distretto')
    if (profiled)
      await tx.organisation.update({
        where: { id: profiled },
        data: {
          description: `Consorzio di imprese **di esempio**: coordina il programma ambientale comune del distretto.${DEMO_MARK}`,
          descriptionHtml: renderMarkdown(
            `Consorzio di imprese **di esempio**: coordina il programma ambientale comune del distretto.${DEMO_MARK}`,
          ),
          publicEmail: 'info@consorzio-demo.invalid',
          address: 'Via Emilia 1, Bologna',
          iso14001: true,
        },
      })
    const cluster = async (slug: string) => (await tx.cluster.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null

    // An upcoming hybrid plenary with registrations.
    const plenaryStart = romeAt(21, '10:00')
    const plenary = await tx.event.create({
      data: {
        title: '(demo) Plenaria della rete: programma delle attività',
        type: 'PLENARY',
        description: `Incontro annuale delle organizzazioni aderenti.\n\n**Programma**\n\n- stato dei distretti e degli attestati\n- buone pratiche dell'anno\n- programma comune${DEMO_MARK}`,
        startsAt: plenaryStart,
        endsAt: new Date(plenaryStart.getTime() + 3 * 3_600_000),
        address: 'Sala conferenze (demo)',
        city: 'Bologna',
        regionId: 'emilia-romagna',
        onlineUrl: 'https://meet.example.org/plenaria-demo',
        capacity: 40,
        onlineCapacity: 150,
        registrationDeadline: new Date(plenaryStart.getTime() - 2 * 86_400_000),
        organiserId: organiser,
        organisationId: org('demo-consorzio-distretto'),
      },
    })
    for (const u of [admin, moderator, member])
      await tx.eventRegistration.create({ data: { eventId: plenary.id, userId: u, status: 'CONFIRMED' } })
    await tx.event.update({ where: { id: plenary.id }, data: { confirmedCount: 3 } })

    // A monthly online working group: a series of three.
    const first = romeAt(10, '15:00')
    const rule = recurrenceRule('MONTHLY_WEEKDAY', first, 3)
    const series = occurrences(rule, first)
    const head = await tx.event.create({
      data: {
        title: '(demo) Tavolo tecnico APO',
        type: 'WORKING_GROUP',
        description: `Gruppo di lavoro mensile sul percorso verso l'attestato APO: a ogni incontro un distretto racconta a che punto è.${DEMO_MARK}`,
        startsAt: first,
        endsAt: new Date(first.getTime() + 5_400_000),
        onlineUrl: 'https://meet.example.org/tavolo-apo-demo',
        regionId: 'toscana',
        organiserId: organiser,
        clusterId: await cluster('distretto-conciario-toscano'),
        recurrenceRule: rule,
        originalStart: first,
      },
    })
    await tx.event.update({ where: { id: head.id }, data: { seriesId: head.id } })
    for (const start of series.slice(1)) {
      await tx.event.create({
        data: {
          title: '(demo) Tavolo tecnico APO',
          type: 'WORKING_GROUP',
          description: `Gruppo di lavoro mensile sul percorso verso l'attestato APO.${DEMO_MARK}`,
          startsAt: start,
          endsAt: new Date(start.getTime() + 5_400_000),
          onlineUrl: 'https://meet.example.org/tavolo-apo-demo',
          regionId: 'toscana',
          organiserId: organiser,
          clusterId: await cluster('distretto-conciario-toscano'),
          seriesId: head.id,
          originalStart: start,
        },
      })
    }

    // A past workshop with its minutes (a file) and a material (a link).
    const pastStart = romeAt(-14, '09:30')
    const past = await tx.event.create({
      data: {
        title: '(demo) Workshop: la dichiarazione ambientale di distretto',
        type: 'OTHER',
        description: `Come si scrive una dichiarazione ambientale di distretto: struttura, indicatori, verifica.${DEMO_MARK}`,
        startsAt: pastStart,
        endsAt: new Date(pastStart.getTime() + 4 * 3_600_000),
        address: 'Sede del distretto (demo)',
        city: 'Prato',
        regionId: 'toscana',
        organiserId: organiser,
        organisationId: org('demo-comune-di-esempio'),
        clusterId: await cluster('distretto-tessile-prato'),
      },
    })
    const minutes = await tx.eventMaterial.create({
      data: {
        eventId: past.id,
        kind: 'MINUTES',
        title: 'Verbale del workshop (demo)',
        fileName: 'verbale-workshop-demo.txt',
        mimeType: 'text/plain; charset=utf-8',
        size: minutesText.length,
        uploadedById: organiser,
      },
    })
    await tx.eventMaterial.create({
      data: {
        eventId: past.id,
        kind: 'DOCUMENT',
        title: 'Regolamento EMAS (CE) n. 1221/2009 su EUR-Lex',
        url: 'https://eur-lex.europa.eu/eli/reg/2009/1221/oj',
        uploadedById: organiser,
      },
    })

    // Discussions with replies.
    const category = async (slug: string) => (await tx.forumCategory.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id
    const threads: { slug: string; title: string; posts: [string, string][] }[] = [
      {
        slug: 'attestato-apo',
        title: '(demo) Da dove si comincia per l’attestato APO?',
        posts: [
          [
            member,
            `Il nostro comune vorrebbe avviare il percorso verso l'attestato APO con le imprese della zona industriale. Qual è il primo passo, in pratica?${DEMO_MARK}`,
          ],
          [
            moderator,
            'Di solito si parte da un comitato promotore con comune, associazioni di categoria e qualche impresa, che firma un accordo e avvia l’analisi ambientale del territorio.',
          ],
          [
            organiser,
            'Confermo: nel nostro caso l’accordo tra enti e imprese è stato il passaggio che ha richiesto più tempo. Al prossimo tavolo tecnico ne parliamo.',
          ],
        ],
      },
      {
        slug: 'emas-cooperativo',
        title: '(demo) Indicatori comuni per la dichiarazione di distretto',
        posts: [
          [
            organiser,
            `Stiamo scegliendo gli indicatori da riportare nella dichiarazione ambientale di distretto. Quali usate per acqua e rifiuti?${DEMO_MARK}`,
          ],
          [
            admin,
            'Per l’acqua: prelievi e riuso in m³/anno, per i rifiuti la quota avviata a recupero. Meglio pochi indicatori, confrontabili negli anni.',
          ],
        ],
      },
    ]
    for (const [i, th] of threads.entries()) {
      const at = (n: number) => new Date(Date.now() - (5 - i) * 86_400_000 + n * 3_600_000)
      const t = await tx.thread.create({
        data: {
          categoryId: await category(th.slug),
          authorId: th.posts[0]![0],
          title: th.title,
          createdAt: at(0),
          lastPostAt: at(th.posts.length - 1),
          lastPostNumber: th.posts.length,
          postCount: th.posts.length,
        },
      })
      for (const [n, [author, body]] of th.posts.entries()) {
        await tx.post.create({
          data: {
            threadId: t.id,
            authorId: author,
            number: n + 1,
            body,
            html: renderMarkdown(body),
            bodyHash: createHash('sha256').update(body).digest('hex'),
            createdAt: at(n),
          },
        })
      }
    }
    await tx.appMeta.create({ data: { key: 'demo-network-seeded', value: new Date().toISOString() } })
    return minutes.id
  })
  await storeMaterialFile(minutesId, minutesText)
  return true
}
