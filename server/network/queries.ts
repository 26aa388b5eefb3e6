import 'server-only'
import { db } from '@/server/db'
import { getAllCaseStudies } from '@/server/content/case-studies'
import { decodeCodes } from '@/lib/codes'
import { decodeInstruments } from '@/lib/practices'

const eventEvents = {
  orderBy: { createdAt: 'asc' as const },
  select: { id: true, kind: true, message: true, createdAt: true, actor: { select: { name: true } } },
}

export async function listMyAdhesions(userId: string) {
  return db.adhesion.findMany({
    where: { applicantId: userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 20,
    include: { events: eventEvents, organisation: { select: { slug: true } } },
  })
}

export async function getAdhesion(id: string) {
  return db.adhesion.findUnique({
    where: { id },
    include: { events: eventEvents, applicant: { select: { name: true, email: true } }, organisation: { select: { slug: true } } },
  })
}

/** Applications for admins: open ones first (oldest first), then the latest decided. */
export async function listAdhesions() {
  const [open, decided] = await Promise.all([
    db.adhesion.findMany({
      where: { status: { in: ['SUBMITTED', 'INFO_REQUESTED'] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 100,
      select: { id: true, orgName: true, status: true, createdAt: true, applicant: { select: { name: true } } },
    }),
    db.adhesion.findMany({
      where: { status: { in: ['APPROVED', 'REJECTED', 'WITHDRAWN'] } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: 50,
      select: { id: true, orgName: true, status: true, createdAt: true, applicant: { select: { name: true } } },
    }),
  ])
  return { open, decided }
}

/** The environmental credentials an organisation can declare on its profile (the register filters by them). */
export const CREDENTIALS = ['emas', 'iso14001', 'apo', 'apea'] as const
export type Credential = (typeof CREDENTIALS)[number]

export type RegisterFilter = { type?: string; regionId?: string; clusterId?: string; commitment?: string; credential?: Credential }

/** The public register: organisations whose adhesion was approved (withdrawn ones stay, marked). */
export async function listRegister(f: RegisterFilter) {
  const rows = await db.organisation.findMany({
    where: {
      adheredAt: { not: null },
      ...(f.type ? { type: f.type as never } : {}),
      ...(f.regionId ? { regionId: f.regionId } : {}),
      ...(f.clusterId ? { clusters: { some: { clusterId: f.clusterId } } } : {}),
      ...(f.commitment ? { commitments: { contains: `,${f.commitment},` } } : {}),
      ...(f.credential === 'emas' ? { emasNumber: { not: null } } : f.credential ? { [f.credential]: true } : {}),
    },
    orderBy: [{ withdrawnAt: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    take: 500,
    select: {
      id: true,
      slug: true,
      name: true,
      type: true,
      regionId: true,
      province: true,
      commitments: true,
      adheredAt: true,
      withdrawnAt: true,
      emasNumber: true,
      iso14001: true,
      apo: true,
      apea: true,
      clusters: { select: { cluster: { select: { nameIt: true, nameEn: true } } } },
    },
  })
  return rows.map((o) => ({ ...o, commitments: decodeCodes(o.commitments), clusters: o.clusters.map((c) => c.cluster) }))
}

/** The profile fields the contact person keeps: shown on the organisation's page, edited on its dashboard. */
const profileSelect = {
  website: true,
  description: true,
  publicEmail: true,
  address: true,
  emasNumber: true,
  emasSince: true,
  iso14001: true,
  apo: true,
  apea: true,
  logoUpdatedAt: true,
} as const

/** The latest discussions started by an organisation's confirmed members. */
async function membersThreads(memberIds: string[], take: number) {
  if (memberIds.length === 0) return []
  return db.thread.findMany({
    where: { authorId: { in: memberIds }, deletedAt: null },
    orderBy: [{ lastPostAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, title: true, postCount: true },
  })
}

/** Everything about one organisation: people who chose to be listed, its practices, events, discussions, case studies. */
export async function getOrganisationPage(slug: string) {
  const org = await db.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      type: true,
      regionId: true,
      province: true,
      sector: true,
      commitments: true,
      adheredAt: true,
      withdrawnAt: true,
      contactUserId: true,
      isDemo: true,
      ...profileSelect,
      descriptionHtml: true,
      clusters: { select: { cluster: { select: { id: true, slug: true, nameIt: true, nameEn: true } } } },
      memberships: {
        orderBy: { createdAt: 'asc' },
        take: 200,
        select: { userId: true, confirmedAt: true, listed: true, user: { select: { name: true, handle: true, deletedAt: true } } },
      },
      adhesions: { where: { status: { in: ['APPROVED', 'WITHDRAWN'] } }, select: { events: eventEvents } },
    },
  })
  if (!org) return null
  const memberIds = org.memberships.filter((m) => m.confirmedAt).map((m) => m.userId)
  const clusterIds = org.clusters.map((c) => c.cluster.id)
  const clusterSlugs = org.clusters.map((c) => c.cluster.slug)
  const [practices, events, threads] = await Promise.all([
    db.practice.findMany({
      where: { organisationId: org.id, status: 'PUBLISHED' },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: { id: true, title: true, instruments: true },
    }),
    db.event.findMany({
      where: { organisationId: org.id },
      orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: { id: true, title: true, startsAt: true, status: true },
    }),
    membersThreads(memberIds, 10),
  ])
  const caseStudies = getAllCaseStudies().filter(
    (c) => (c.cluster && clusterSlugs.includes(c.cluster)) || (org.regionId && c.regions.includes(org.regionId as never)),
  )
  return {
    ...org,
    commitments: decodeCodes(org.commitments),
    clusters: org.clusters.map((c) => c.cluster),
    clusterIds,
    people: org.memberships
      .filter((m) => m.confirmedAt && m.listed && !m.user.deletedAt)
      .map((m) => ({ userId: m.userId, name: m.user.name, handle: m.user.handle })),
    pending: org.memberships.filter((m) => !m.confirmedAt && !m.user.deletedAt).map((m) => ({ userId: m.userId, name: m.user.name })),
    confirmed: org.memberships.filter((m) => m.confirmedAt && !m.user.deletedAt).map((m) => ({ userId: m.userId, name: m.user.name })),
    history: org.adhesions.flatMap((a) => a.events),
    practices: practices.map((p) => ({ ...p, instruments: decodeInstruments(p.instruments) })),
    events,
    threads,
    caseStudies,
  }
}

/** Confirmed organisations of each author, for the badge next to names (one query for a whole page). */
export async function organisationBadges(userIds: string[]) {
  if (!userIds.length) return new Map<string, { slug: string; name: string }[]>()
  const rows = await db.membership.findMany({
    where: {
      userId: { in: [...new Set(userIds)] },
      confirmedAt: { not: null },
      organisation: { adheredAt: { not: null }, withdrawnAt: null },
    },
    select: { userId: true, organisation: { select: { slug: true, name: true } } },
  })
  const map = new Map<string, { slug: string; name: string }[]>()
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.organisation])
  return map
}

/**
 * An organisation's dashboard for its contact person: pending members, its meetings (upcoming and recent), its
 * practices in every state, its members' discussions, and the profile's fields. (The page checks who may see it.)
 */
export async function getOrganisationDashboard(slug: string) {
  const org = await db.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      contactUserId: true,
      ...profileSelect,
      memberships: {
        where: { user: { deletedAt: null } },
        orderBy: { createdAt: 'asc' },
        take: 500,
        select: { userId: true, confirmedAt: true, createdAt: true, user: { select: { name: true } } },
      },
    },
  })
  if (!org) return null
  const memberIds = org.memberships.filter((m) => m.confirmedAt).map((m) => m.userId)
  const [events, practices, threads] = await Promise.all([
    db.event.findMany({
      where: { organisationId: org.id },
      orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: { id: true, title: true, startsAt: true, status: true, confirmedCount: true, onlineConfirmedCount: true },
    }),
    db.practice.findMany({
      where: { organisationId: org.id },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: { id: true, title: true, status: true },
    }),
    membersThreads(memberIds, 20),
  ])
  const { memberships, ...rest } = org
  return {
    ...rest,
    pending: memberships.filter((m) => !m.confirmedAt).map((m) => ({ userId: m.userId, name: m.user.name, createdAt: m.createdAt })),
    confirmedCount: memberIds.length,
    events,
    practices,
    threads,
  }
}

/** An organisation's logo (the WebP the server made), by the organisation's slug. */
export async function getOrganisationLogo(slug: string) {
  return db.organisationLogo.findFirst({ where: { organisation: { slug } }, select: { bytes: true, updatedAt: true } })
}
