import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { CurrentUser } from '@/server/auth/session'
import type { Role } from '@/lib/policies'
import type { ActionResult } from '@/lib/form'

// Issue 12: the authorisation matrix. Every server action, called as the browser calls it (the real exported
// action: session → zod → command), by each kind of actor. Exactly the allowed ones succeed; the refused ones
// change nothing. The rows are one table, and a test fails when an action in server/*/actions.ts has no row.
// The same for route handlers: every exported method of every app/**/route.ts has a row (ROUTES).

let session: CurrentUser | null = null
vi.mock('@/server/auth/session', () => ({
  getCurrentUser: async () => session,
  // A token issued just now: /api/me has no cookie to renew.
  getSessionToken: async () => (session ? { sub: session.id, sv: 0, iat: Math.floor(Date.now() / 1000) } : null),
}))
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': `10.77.${Math.floor(Math.random() * 250)}.1` }) }))

const { db } = await import('@/server/db')
const { env } = await import('@/server/env')
const { seedReference } = await import('@/server/seed')
const { hashPassword } = await import('@/server/auth/password')
const { issueToken } = await import('@/server/auth/tokens')
const actionModules = {
  accounts: await import('@/server/accounts/actions'),
  admin: await import('@/server/admin/actions'),
  events: await import('@/server/events/actions'),
  forum: await import('@/server/forum/actions'),
  network: await import('@/server/network/actions'),
  notifications: await import('@/server/notifications/actions'),
  practices: await import('@/server/practices/actions'),
}
const actions = Object.assign({}, ...Object.values(actionModules)) as Record<string, (input: Record<string, unknown>) => Promise<ActionResult<unknown>>>
type Handler = (req: Request, ctx: { params: Promise<Record<string, unknown>> }) => Promise<Response>
const routeModules: Record<string, Record<string, Handler>> = {
  'app/api/account/export/route.ts': await import('@/app/api/account/export/route'),
  'app/api/csp-report/route.ts': await import('@/app/api/csp-report/route'),
  'app/api/event-materials/[id]/route.ts': await import('@/app/api/event-materials/[id]/route'),
  'app/api/events/[id]/registration/route.ts': await import('@/app/api/events/[id]/registration/route'),
  'app/api/me/route.ts': await import('@/app/api/me/route'),
  'app/api/me/events/route.ts': await import('@/app/api/me/events/route'),
  'app/api/organisations/[slug]/logo/route.ts': await import('@/app/api/organisations/[slug]/logo/route'),
  'app/feeds/private/[file]/route.ts': await import('@/app/feeds/private/[file]/route'),
  'app/api/forum/followed-categories/route.ts': await import('@/app/api/forum/followed-categories/route'),
  'app/api/forum/threads/[id]/member/route.ts': await import('@/app/api/forum/threads/[id]/member/route'),
  'app/api/forum/threads/[id]/posts/route.ts': await import('@/app/api/forum/threads/[id]/posts/route'),
  'app/api/forum/preview/route.ts': await import('@/app/api/forum/preview/route'),
  'app/api/members/suggest/route.ts': await import('@/app/api/members/suggest/route'),
  'app/api/search/suggest/route.ts': await import('@/app/api/search/suggest/route'),
  'app/feeds/en/[feed]/route.ts': await import('@/app/feeds/en/[feed]/route'),
  'app/og/[locale]/[kind]/[id]/route.ts': await import('@/app/og/[locale]/[kind]/[id]/route'),
  'app/feeds/[feed]/route.ts': await import('@/app/feeds/[feed]/route'),
  'app/feeds/events/[file]/route.ts': await import('@/app/feeds/events/[file]/route'),
  'app/api/unsubscribe/route.ts': await import('@/app/api/unsubscribe/route'),
} as never
const { storeMaterialFile } = await import('@/server/events/materials')
const { calendarFeedPath, setCalendarKey } = await import('@/server/events/calendar-feed')
const { unsubscribeUrl } = await import('@/server/notifications/unsubscribe')
/** The signed one-click link of a notification mail: the capability is the link itself, whoever sends it. */
const unsubscribeQuery = (userId: string) => new URL(unsubscribeUrl(userId, 'REPLY')).search

const ACTORS = ['anonymous', 'member', 'owner', 'organiser', 'moderator', 'admin'] as const
type Actor = (typeof ACTORS)[number]
const SIGNED_IN: Actor[] = ['member', 'owner', 'organiser', 'moderator', 'admin']
const PASSWORD = 'Matrice-di-prova-2027'
let passwordHash = ''
const uid = () => Math.random().toString(36).slice(2, 10)

async function user(role: Role = 'MEMBER'): Promise<CurrentUser> {
  const id = uid()
  return db.user.create({
    data: { email: `mx-${id}@test.invalid`, name: `Matrice ${id}`, handle: `mx.${id}`, passwordHash, role, emailConfirmedAt: new Date() },
    select: { id: true, email: true, name: true, role: true, locale: true },
  })
}

type Row = {
  /** Creates what the action acts on; `owner` is the record's owner (its author, organiser, contact person…). */
  setup: (owner: CurrentUser) => Promise<Record<string, string>>
  ownerRole?: Role
  input: (c: Record<string, string>, me: CurrentUser | null) => Record<string, unknown>
  allowed: Actor[]
  /** The state a refused call must leave as it was (besides the row counts checked for every call). */
  probe?: (c: Record<string, string>) => Promise<unknown>
}

async function thread(author: CurrentUser, categoryId: string) {
  const t = await db.thread.create({
    data: { categoryId, authorId: author.id, title: `Matrice ${uid()}`, lastPostAt: new Date(), lastPostNumber: 2, postCount: 2 },
    select: { id: true },
  })
  const other = await user()
  const first = await db.post.create({ data: { threadId: t.id, authorId: author.id, number: 1, body: 'primo', html: '<p>primo</p>', bodyHash: uid() } })
  const second = await db.post.create({ data: { threadId: t.id, authorId: other.id, number: 2, body: 'secondo', html: '<p>secondo</p>', bodyHash: uid() } })
  return { threadId: t.id, firstPostId: first.id, replyId: second.id }
}
async function ownPost(author: CurrentUser, categoryId: string) {
  const t = await thread(author, categoryId)
  const p = await db.post.create({ data: { threadId: t.threadId, authorId: author.id, number: 3, body: 'mio', html: '<p>mio</p>', bodyHash: uid() } })
  await db.thread.update({ where: { id: t.threadId }, data: { lastPostNumber: 3, postCount: 3 } })
  return { ...t, postId: p.id }
}
const future = (days: number) => new Date(Date.now() + days * 86_400_000)
async function event(organiser: CurrentUser) {
  const e = await db.event.create({
    data: { title: `Incontro ${uid()}`, type: 'PLENARY', description: 'x', startsAt: future(30), endsAt: future(30.1), address: 'Sala', organiserId: organiser.id },
    select: { id: true },
  })
  return { eventId: e.id }
}
async function organisation(contact: CurrentUser) {
  const o = await db.organisation.create({ data: { slug: `mx-${uid()}`, name: `Ente ${uid()}`, type: 'SME', contactUserId: contact.id, adheredAt: new Date() } })
  await db.membership.create({ data: { userId: contact.id, organisationId: o.id, confirmedAt: new Date(), listed: false } })
  return { organisationId: o.id }
}
async function adhesion(applicant: CurrentUser, status: 'SUBMITTED' | 'INFO_REQUESTED') {
  const a = await db.adhesion.create({
    data: {
      applicantId: applicant.id, orgName: `Richiedente ${uid()}`, orgType: 'SME', vatNumber: null, taxCode: '00743110157', regionId: 'toscana', province: 'Prato',
      sector: 'Tessile', signatoryName: 'Maria Rossi', signatoryRole: 'Presidente', commitments: ',1,', clusterIds: '', acceptedAt: new Date(), status,
    },
  })
  return { adhesionId: a.id }
}
async function practice(author: CurrentUser, status: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED') {
  const p = await db.practice.create({
    data: { authorId: author.id, title: `Pratica ${uid()}`, summary: 'Un riassunto abbastanza lungo', body: 'x'.repeat(60), instruments: ',EMAS,', theme: 'WATER', regionId: 'toscana', status, results: '[]', revision: 1 },
    select: { id: true },
  })
  return { practiceId: p.id }
}
const adhesionForm = (orgName: string) => ({
  orgName, orgType: 'SME', taxCode: '00743110157', regionId: 'toscana', province: 'Prato', sector: 'Tessile', signatoryName: 'Maria Rossi',
  signatoryRole: 'Presidente', commitments: ['1'], accept: 'on',
})
const eventForm = (title: string) => ({
  title, type: 'PLENARY', description: 'Ordine del giorno', startsAt: '2027-09-01T10:00', endsAt: '2027-09-01T12:00', address: 'Sala', city: '', regionId: '',
  onlineUrl: '', capacity: '', registrationDeadline: '', organisationId: '', clusterId: '', caseStudySlug: '', recurrence: 'NONE', occurrences: '',
})
const field = async (model: string, id: string, select: Record<string, true>) =>
  (db as unknown as Record<string, { findUnique: (a: unknown) => Promise<unknown> }>)[model]!.findUnique({ where: { id }, select })

let categoryId = ''
let otherCategoryId = ''
const MOD: Actor[] = ['moderator', 'admin']

const ROWS: Record<string, Row> = {
  // Public: what stands between them and a change is the token or nothing at all.
  registerAction: { setup: async () => ({}), input: () => ({ name: 'Nuova Persona', email: `new-${uid()}@test.invalid`, password: PASSWORD, locale: 'it' }), allowed: [...ACTORS] },
  forgotPasswordAction: { setup: async (o) => ({ email: o.email }), input: (c) => ({ email: c.email, locale: 'it' }), allowed: [...ACTORS] },
  resetPasswordAction: { setup: async (o) => ({ token: await issueToken(o.id, 'PASSWORD_RESET') }), input: (c) => ({ token: c.token, password: 'Nuova-Password-2027', confirm: 'Nuova-Password-2027' }), allowed: [...ACTORS] },
  confirmAccountAction: { setup: async (o) => ({ token: await issueToken(o.id, 'ACCOUNT_CONFIRM') }), input: (c) => ({ token: c.token }), allowed: [...ACTORS] },
  confirmEmailChangeAction: { setup: async (o) => ({ token: await issueToken(o.id, 'EMAIL_CHANGE', `changed-${uid()}@test.invalid`) }), input: (c) => ({ token: c.token }), allowed: [...ACTORS] },
  // The member's own account: any signed-in member, on themselves only.
  updateProfileAction: { setup: async () => ({}), input: () => ({ name: 'Nome Cambiato', locale: 'en' }), allowed: SIGNED_IN },
  changePasswordAction: { setup: async () => ({}), input: () => ({ current: PASSWORD, password: 'Altra-Password-2027', confirm: 'Altra-Password-2027' }), allowed: SIGNED_IN },
  requestEmailChangeAction: { setup: async () => ({}), input: () => ({ email: `altro-${uid()}@test.invalid`, current: PASSWORD }), allowed: SIGNED_IN },
  joinOrganisationAction: { setup: async (o) => organisation(o), input: (c) => ({ organisationId: c.organisationId }), allowed: SIGNED_IN },
  leaveOrganisationAction: { setup: async (o) => organisation(o), input: (c) => ({ organisationId: c.organisationId }), allowed: SIGNED_IN, probe: async (c) => db.membership.count({ where: { organisationId: c.organisationId } }) },
  deleteAccountAction: { setup: async () => ({}), input: () => ({ current: PASSWORD, confirm: 'on' }), allowed: SIGNED_IN },
  setListedAction: { setup: async (o) => organisation(o), input: (c) => ({ organisationId: c.organisationId, listed: 'yes' }), allowed: ['owner'], probe: async (c) => db.membership.findMany({ where: { organisationId: c.organisationId }, select: { listed: true } }) },
  // Administration.
  changeRoleAction: { setup: async (o) => ({ userId: o.id }), input: (c) => ({ userId: c.userId, role: 'ORGANISER' }), allowed: ['admin'], probe: (c) => field('user', c.userId!, { role: true }) },
  setSuspendedAction: { setup: async (o) => ({ userId: o.id }), input: (c) => ({ userId: c.userId, suspend: 'true' }), allowed: ['admin'], probe: (c) => field('user', c.userId!, { suspendedAt: true }) },
  // Meetings: organisers create; the event's organiser (the owner) or an admin manage it.
  createEventAction: { setup: async () => ({}), input: () => eventForm(`Nuovo ${uid()}`), allowed: ['organiser', 'admin'] },
  registerForEventAction: { setup: async (o) => event(o), ownerRole: 'ORGANISER', input: (c) => ({ eventId: c.eventId }), allowed: SIGNED_IN },
  cancelRegistrationAction: { setup: async (o) => event(o), ownerRole: 'ORGANISER', input: (c) => ({ eventId: c.eventId }), allowed: SIGNED_IN },
  cancelEventAction: { setup: async (o) => event(o), ownerRole: 'ORGANISER', input: (c) => ({ eventId: c.eventId }), allowed: ['owner', 'admin'], probe: (c) => field('event', c.eventId!, { status: true }) },
  extendSeriesAction: {
    setup: async (o) => {
      const e = await event(o)
      await db.event.update({ where: { id: e.eventId }, data: { seriesId: e.eventId, recurrenceRule: 'FREQ=WEEKLY;COUNT=1', originalStart: future(30) } })
      return e
    },
    ownerRole: 'ORGANISER',
    input: (c) => ({ eventId: c.eventId, count: '2' }),
    allowed: ['owner', 'admin'],
    probe: async (c) => db.event.count({ where: { seriesId: c.eventId } }),
  },
  // The member's own private calendar: any signed-in member, on themselves only.
  setCalendarFeedAction: { setup: async () => ({}), input: () => ({ enable: 'true' }), allowed: SIGNED_IN },
  updateEventAction: { setup: async (o) => event(o), ownerRole: 'ORGANISER', input: (c) => ({ ...eventForm('Titolo cambiato'), eventId: c.eventId, scope: 'one' }), allowed: ['owner', 'admin'], probe: (c) => field('event', c.eventId!, { title: true, sequence: true }) },
  addMaterialAction: { setup: async (o) => event(o), ownerRole: 'ORGANISER', input: (c) => ({ eventId: c.eventId, kind: 'SLIDES', title: 'Presentazione', url: 'https://example.org/slides.pdf' }), allowed: ['owner', 'admin'] },
  removeMaterialAction: {
    setup: async (o) => {
      const e = await event(o)
      const m = await db.eventMaterial.create({ data: { eventId: e.eventId, kind: 'SLIDES', title: 'Slide', url: 'https://example.org/x', uploadedById: o.id } })
      return { ...e, materialId: m.id }
    },
    ownerRole: 'ORGANISER', input: (c) => ({ materialId: c.materialId }), allowed: ['owner', 'admin'],
  },
  // The forum: members write; authors edit their own; moderators moderate.
  createThreadAction: { setup: async () => ({}), input: () => ({ categoryId, title: `Domanda ${uid()} sul distretto`, body: `Testo ${uid()}` }), allowed: SIGNED_IN },
  replyAction: { setup: async (o) => thread(o, categoryId), input: (c) => ({ threadId: c.threadId, body: `Risposta ${uid()}` }), allowed: SIGNED_IN },
  editPostAction: { setup: async (o) => ownPost(o, categoryId), input: (c) => ({ postId: c.postId, body: `Corretto ${uid()}` }), allowed: ['owner', ...MOD], probe: (c) => field('post', c.postId!, { body: true }) },
  toggleUsefulAction: { setup: async (o) => ownPost(o, categoryId), input: (c) => ({ postId: c.postId }), allowed: ['member', 'organiser', ...MOD], probe: (c) => field('post', c.postId!, { usefulCount: true }) },
  acceptAnswerAction: { setup: async (o) => thread(o, categoryId), input: (c) => ({ postId: c.replyId }), allowed: ['owner', ...MOD], probe: (c) => field('thread', c.threadId!, { acceptedPostId: true }) },
  followThreadAction: { setup: async (o) => thread(o, categoryId), input: (c) => ({ threadId: c.threadId, value: 'true' }), allowed: SIGNED_IN },
  postSourceAction: { setup: async (o) => ownPost(o, categoryId), input: (c) => ({ postId: c.postId }), allowed: SIGNED_IN },
  markReadAction: {
    setup: async (o) => thread(o, categoryId),
    input: (c) => ({ threadId: c.threadId, number: '2' }),
    allowed: SIGNED_IN,
    probe: async (c) => db.threadRead.findMany({ where: { threadId: c.threadId }, select: { userId: true, lastReadNumber: true } }),
  },
  followCategoryAction: { setup: async () => ({}), input: () => ({ categoryId, value: 'true' }), allowed: SIGNED_IN },
  flagPostAction: { setup: async (o) => ownPost(o, categoryId), input: (c) => ({ postId: c.postId, reason: 'fuori tema' }), allowed: ['member', 'organiser', ...MOD] },
  setPinnedAction: { setup: async (o) => thread(o, categoryId), input: (c) => ({ threadId: c.threadId, value: 'true' }), allowed: MOD, probe: (c) => field('thread', c.threadId!, { pinned: true }) },
  setLockedAction: { setup: async (o) => thread(o, categoryId), input: (c) => ({ threadId: c.threadId, value: 'true' }), allowed: MOD, probe: (c) => field('thread', c.threadId!, { locked: true }) },
  moveThreadAction: { setup: async (o) => thread(o, categoryId), input: (c) => ({ threadId: c.threadId, categoryId: otherCategoryId }), allowed: MOD, probe: (c) => field('thread', c.threadId!, { categoryId: true }) },
  hidePostAction: { setup: async (o) => ownPost(o, categoryId), input: (c) => ({ postId: c.postId, reason: 'spam' }), allowed: MOD, probe: (c) => field('post', c.postId!, { hiddenAt: true }) },
  unhidePostAction: {
    setup: async (o) => {
      const p = await ownPost(o, categoryId)
      await db.post.update({ where: { id: p.postId }, data: { hiddenAt: new Date(), hiddenReason: 'spam' } })
      return p
    },
    input: (c) => ({ postId: c.postId }), allowed: MOD, probe: (c) => field('post', c.postId!, { hiddenAt: true }),
  },
  deletePostAction: { setup: async (o) => ownPost(o, categoryId), input: (c) => ({ postId: c.postId }), allowed: MOD, probe: (c) => field('post', c.postId!, { deletedAt: true }) },
  resolveFlagAction: {
    setup: async (o) => {
      const p = await ownPost(o, categoryId)
      const flagger = await user()
      const f = await db.flag.create({ data: { postId: p.postId, userId: flagger.id, reason: 'spam' } })
      return { ...p, flagId: f.id }
    },
    input: (c) => ({ flagId: c.flagId, action: 'dismiss' }), allowed: MOD, probe: (c) => field('flag', c.flagId!, { status: true }),
  },
  createCategoryAction: { setup: async () => ({}), input: () => ({ nameIt: `Categoria ${uid()}`, nameEn: 'Category', descriptionIt: 'Descrizione', descriptionEn: 'Description' }), allowed: MOD },
  moveCategoryAction: { setup: async () => ({}), input: () => ({ categoryId: otherCategoryId, direction: 'up' }), allowed: MOD, probe: async () => db.forumCategory.findMany({ orderBy: { id: 'asc' }, select: { position: true } }) },
  // The network: members apply; the applicant completes; admins decide; the contact person acts for the organisation.
  applyAction: { setup: async () => ({}), input: () => adhesionForm(`Domanda ${uid()}`), allowed: SIGNED_IN },
  completeAdhesionAction: { setup: async (o) => adhesion(o, 'INFO_REQUESTED'), input: (c) => ({ ...adhesionForm('Completata'), adhesionId: c.adhesionId, reply: 'ecco' }), allowed: ['owner'], probe: (c) => field('adhesion', c.adhesionId!, { status: true }) },
  decideAdhesionAction: { setup: async (o) => adhesion(o, 'SUBMITTED'), input: (c) => ({ adhesionId: c.adhesionId, decision: 'REJECTED', message: 'Manca la firma' }), allowed: ['admin'], probe: (c) => field('adhesion', c.adhesionId!, { status: true }) },
  decideMembershipAction: {
    setup: async (o) => {
      const org = await organisation(o)
      const colleague = await user()
      await db.membership.create({ data: { userId: colleague.id, organisationId: org.organisationId } })
      return { ...org, userId: colleague.id }
    },
    input: (c) => ({ organisationId: c.organisationId, userId: c.userId, decision: 'confirm' }), allowed: ['owner', 'admin'],
    probe: (c) => db.membership.findMany({ where: { organisationId: c.organisationId }, orderBy: { userId: 'asc' }, select: { confirmedAt: true } }),
  },
  updateOrganisationProfileAction: {
    setup: async (o) => organisation(o),
    input: (c) => ({ organisationId: c.organisationId, description: 'Consorzio di imprese', website: '', publicEmail: 'info@ente.example', address: '', emasNumber: 'IT-001234', emasSince: '', apo: 'on' }),
    allowed: ['owner', 'admin'],
    probe: (c) => field('organisation', c.organisationId!, { description: true, emasNumber: true, apo: true }),
  },
  withdrawAction: { setup: async (o) => organisation(o), input: (c) => ({ organisationId: c.organisationId, reason: 'Cessata attività' }), allowed: ['owner', 'admin'], probe: (c) => field('organisation', c.organisationId!, { withdrawnAt: true }) },
  markAllReadAction: { setup: async () => ({}), input: () => ({}), allowed: SIGNED_IN },
  savePreferencesAction: { setup: async () => ({}), input: () => ({ MENTION: 'NONE', REPLY: 'IMMEDIATE' }), allowed: SIGNED_IN },
  followRegionAction: { setup: async () => ({}), input: () => ({ regionId: 'toscana', value: 'true' }), allowed: SIGNED_IN },
  followStateAction: { setup: async () => ({}), input: () => ({ regionId: 'toscana' }), allowed: SIGNED_IN },
  followClusterAction: {
    setup: async () => ({ clusterId: (await db.cluster.findFirstOrThrow({ select: { id: true } })).id }),
    input: (c) => ({ clusterId: c.clusterId, value: 'true' }),
    allowed: SIGNED_IN,
  },
  // Good practices: members write; reviewers (not the author) decide; others mark as useful.
  savePracticeAction: { setup: async () => ({}), input: () => ({ title: `Bozza ${uid()}` }), allowed: SIGNED_IN },
  reviewPracticeAction: { setup: async (o) => practice(o, 'SUBMITTED'), input: (c) => ({ practiceId: c.practiceId, decision: 'PUBLISHED' }), allowed: MOD, probe: (c) => field('practice', c.practiceId!, { status: true }) },
  markPracticeUsefulAction: { setup: async (o) => practice(o, 'PUBLISHED'), input: (c) => ({ practiceId: c.practiceId }), allowed: ['member', 'organiser', ...MOD], probe: (c) => field('practice', c.practiceId!, { usefulCount: true }) },
}

// Route handlers: every exported method of every app/**/route.ts, called with a Request as Next calls it.
type RouteRow = {
  setup: (owner: CurrentUser) => Promise<Record<string, string>>
  ownerRole?: Role
  request: (c: Record<string, string>) => { params: Record<string, string>; init?: RequestInit; query?: string }
  allowed: Actor[]
  /** What an allowed answer must (and must not) contain. */
  check?: (body: string, me: CurrentUser | null, owner: CurrentUser) => void
}
const APP = 'http://127.0.0.1:3000'
const ROUTES: Record<string, RouteRow | { framework: string }> = {
  'GET app/api/account/export/route.ts': {
    setup: async () => ({}),
    request: () => ({ params: {} }),
    allowed: SIGNED_IN,
    // One's own data only: another member's address never appears in it.
    check: (body, me, owner) => {
      expect(body).toContain(me!.email)
      if (me!.id !== owner.id) expect(body).not.toContain(owner.email)
    },
  },
  // Who is signed in: everyone may ask, and learns only about themselves.
  'GET app/api/me/route.ts': {
    setup: async () => ({}),
    request: () => ({ params: {} }),
    allowed: [...ACTORS],
    check: (body, me, owner) => {
      if (!me) return expect(JSON.parse(body)).toEqual({ member: null, unread: 0 })
      expect(JSON.parse(body).member).toEqual({ id: me.id, name: me.name, role: me.role })
      if (me.id !== owner.id) expect(body).not.toContain(owner.id)
    },
  },
  // An organisation's logo is public, like its page.
  'GET app/api/organisations/[slug]/logo/route.ts': {
    setup: async (o) => {
      const { organisationId } = await organisation(o)
      const sharp = (await import('sharp')).default
      const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#0b6' } }).png().toBuffer()
      const { processLogo } = await import('@/server/network/logo')
      const r = await processLogo(new Uint8Array(png))
      if (!r.ok) throw new Error(r.error)
      await db.organisationLogo.create({ data: { organisationId, bytes: new Uint8Array(r.webp) } })
      return { slug: (await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { slug: true } })).slug }
    },
    request: (c) => ({ params: { slug: c.slug! } }),
    allowed: [...ACTORS],
    check: (body) => expect(body.slice(0, 4)).toBe('RIFF'),
  },
  // The member's own registrations (the calendar's marks): everyone may ask, and learns only about themselves.
  'GET app/api/me/events/route.ts': {
    setup: async (o) => {
      const e = await event(await user('ORGANISER'))
      await db.eventRegistration.create({ data: { eventId: e.eventId, userId: o.id, status: 'CONFIRMED' } })
      return e
    },
    request: () => ({ params: {} }),
    allowed: [...ACTORS],
    check: (body, me, owner) => {
      const ids = (JSON.parse(body) as { registrations: { eventId: string }[] }).registrations.map((r) => r.eventId)
      if (me?.id !== owner.id) expect(ids).toEqual([])
    },
  },
  // A member's private calendar: the secret URL is the capability (whoever holds it), and it shows that member's own.
  'GET app/feeds/private/[file]/route.ts': {
    setup: async (o) => {
      const e = await event(await user('ORGANISER'))
      await db.event.update({ where: { id: e.eventId }, data: { onlineUrl: 'https://meet.example/segreto' } })
      await db.eventRegistration.create({ data: { eventId: e.eventId, userId: o.id, status: 'CONFIRMED' } })
      await setCalendarKey(o.id, true)
      const key = (await db.user.findUniqueOrThrow({ where: { id: o.id }, select: { id: true, calendarKey: true } }))
      return { file: calendarFeedPath(key)!.split('/').at(-1)! }
    },
    request: (c) => ({ params: { file: c.file! } }),
    allowed: [...ACTORS],
    check: (body) => expect(body).toContain('https://meet.example/segreto'),
  },
  'GET app/api/forum/followed-categories/route.ts': { setup: async () => ({}), request: () => ({ params: {} }), allowed: SIGNED_IN },
  // The editor's reads: members only.
  'POST app/api/forum/preview/route.ts': {
    setup: async () => ({}),
    request: () => ({ params: {}, init: { method: 'POST', body: new URLSearchParams({ body: '**ciao**' }) } }),
    allowed: SIGNED_IN,
    check: (body) => expect(body).toContain('<strong>ciao</strong>'),
  },
  // The header's search suggestions: public content only, for everyone.
  'GET app/api/search/suggest/route.ts': { setup: async () => ({}), request: () => ({ params: {}, query: '?q=emas&locale=it' }), allowed: [...ACTORS] },
  'GET app/api/members/suggest/route.ts': { setup: async () => ({}), request: () => ({ params: {}, query: '?q=demo' }), allowed: SIGNED_IN },
  // The posts of a page of a thread as everyone sees them (public, like the page): a hidden post without its text.
  'GET app/api/forum/threads/[id]/posts/route.ts': {
    setup: async (o) => {
      const t = await ownPost(o, categoryId)
      await db.post.update({ where: { id: t.replyId }, data: { hiddenAt: new Date(), hiddenReason: 'prova' } })
      return t
    },
    request: (c) => ({ params: { id: c.threadId! }, query: '?from=1&locale=it' }),
    allowed: [...ACTORS],
    check: (body) => {
      expect(body).toContain('primo')
      expect(body).toContain('mio')
      expect(body).not.toContain('secondo')
    },
  },
  // A member's layer over a cached thread page: their own tools only (the owner may edit, others may not).
  'GET app/api/forum/threads/[id]/member/route.ts': {
    setup: async (o) => ownPost(o, categoryId),
    request: (c) => ({ params: { id: c.threadId! } }),
    allowed: SIGNED_IN,
    check: (body, me, owner) => {
      const view = JSON.parse(body) as { posts: Record<string, { can: { edit: boolean } }>; moderator: boolean }
      const [own] = Object.values(view.posts)
      expect(own!.can.edit).toBe(me!.id === owner.id || view.moderator)
    },
  },
  'POST app/api/events/[id]/registration/route.ts': { setup: async (o) => event(o), ownerRole: 'ORGANISER', request: (c) => ({ params: { id: c.eventId! }, init: { method: 'POST' } }), allowed: SIGNED_IN },
  'DELETE app/api/events/[id]/registration/route.ts': { setup: async (o) => event(o), ownerRole: 'ORGANISER', request: (c) => ({ params: { id: c.eventId! }, init: { method: 'DELETE' } }), allowed: SIGNED_IN },
  // Materials are public like the meeting page.
  'GET app/api/event-materials/[id]/route.ts': {
    setup: async (o) => {
      const e = await event(o)
      const m = await db.eventMaterial.create({ data: { eventId: e.eventId, kind: 'MINUTES', title: 'Verbale', fileName: 'verbale.pdf', mimeType: 'application/pdf', uploadedById: o.id } })
      await storeMaterialFile(m.id, new TextEncoder().encode('%PDF-1.4 verbale'))
      return { materialId: m.id }
    },
    ownerRole: 'ORGANISER', request: (c) => ({ params: { id: c.materialId! } }), allowed: [...ACTORS], check: (body) => expect(body).toBe('%PDF-1.4 verbale'),
  },
  'GET app/feeds/[feed]/route.ts': { setup: async () => ({}), request: () => ({ params: { feed: 'casi-studio.xml' } }), allowed: [...ACTORS], check: (body) => expect(body).toContain('<rss') },
  // Atom feeds of public content (tests/data/search.test.ts: what they list).
  'GET app/feeds/[feed]/route.ts (practices)': { setup: async () => ({}), request: () => ({ params: { feed: 'practices.xml' } }), allowed: [...ACTORS], check: (body) => expect(body).toContain('<feed') },
  // A preview image of a public page, for everyone; none for a practice still in review.
  'GET app/og/[locale]/[kind]/[id]/route.ts': {
    setup: async (o) => practice(o, 'PUBLISHED'),
    request: (c) => ({ params: { locale: 'it', kind: 'practice', id: c.practiceId! } }),
    allowed: [...ACTORS],
    check: (body) => expect(body.slice(1, 4)).toBe('PNG'),
  },
  'GET app/feeds/en/[feed]/route.ts': { setup: async () => ({}), request: () => ({ params: { feed: 'forum.xml' } }), allowed: [...ACTORS], check: (body) => expect(body).toContain('<feed') },
  // One route, two kinds of file: a meeting's calendar is public, its attendee list is its organiser's and the admins'.
  'GET app/feeds/events/[file]/route.ts': {
    setup: async (o) => event(o), ownerRole: 'ORGANISER', request: (c) => ({ params: { file: `${c.eventId}.ics` } }), allowed: [...ACTORS], check: (body) => expect(body).toContain('BEGIN:VEVENT'),
  },
  'GET app/feeds/events/[file]/route.ts (attendee CSV)': {
    setup: async (o) => {
      const e = await event(o)
      const attendee = await user()
      await db.eventRegistration.create({ data: { eventId: e.eventId, userId: attendee.id, status: 'CONFIRMED' } })
      return { ...e, attendee: attendee.email }
    },
    ownerRole: 'ORGANISER', request: (c) => ({ params: { file: `${c.eventId}.csv` } }), allowed: ['owner', 'admin'],
  },
  'POST app/api/csp-report/route.ts': {
    setup: async () => {
      vi.spyOn(console, 'warn').mockImplementationOnce(() => {}) // the report's log line
      return {}
    },
    request: () => ({ params: {}, init: { method: 'POST', body: JSON.stringify({ 'csp-report': { 'document-uri': `${APP}/`, 'blocked-uri': 'inline' } }) } }),
    allowed: [...ACTORS],
  },
  'GET app/api/unsubscribe/route.ts': {
    setup: async (o) => ({ query: unsubscribeQuery(o.id) }),
    request: (c) => ({ params: {}, query: c.query }),
    allowed: [...ACTORS],
    check: (body) => expect(body).toContain('<form method="post">'),
  },
  'POST app/api/unsubscribe/route.ts': {
    setup: async (o) => ({ query: unsubscribeQuery(o.id) }),
    request: (c) => ({ params: {}, query: c.query, init: { method: 'POST', body: 'List-Unsubscribe=One-Click' } }),
    allowed: [...ACTORS],
  },
  // next-auth's own endpoints (sign-in, session, CSRF): public by design; their limits are tested in e2e/auth and security.
  'GET app/api/auth/[...nextauth]/route.ts': { framework: 'next-auth' },
  'POST app/api/auth/[...nextauth]/route.ts': { framework: 'next-auth' },
}
const routeTally = { allowed: 0, refused: 0 }

/** Row counts of the tables a refused call could have written to. */
const counts = async () =>
  Promise.all([
    db.user.count(), db.thread.count(), db.post.count(), db.postRevision.count(), db.flag.count(), db.postReaction.count(), db.threadFollow.count(),
    db.categoryFollow.count(), db.forumCategory.count(), db.event.count(), db.eventRegistration.count(), db.eventMaterial.count(), db.practice.count(),
    db.practiceReview.count(), db.practiceUseful.count(), db.adhesion.count(), db.adhesionEvent.count(), db.organisation.count(), db.membership.count(),
    db.authToken.count(), db.auditEntry.count(), db.outboxMail.count(), db.notificationPreference.count(), db.territoryFollow.count(), db.clusterFollow.count(),
  ])

const tally = { allowed: 0, refused: 0, fuzzed: 0, fuzzRefused: 0 }

beforeAll(async () => {
  await seedReference()
  passwordHash = await hashPassword(PASSWORD)
  const [a, b] = await Promise.all(
    ['a', 'b'].map((x) => db.forumCategory.create({ data: { slug: `mx-${x}-${uid()}`, nameIt: 'Matrice', nameEn: 'Matrix', descriptionIt: 'x', descriptionEn: 'x', position: 1000 } })),
  )
  categoryId = a!.id
  otherCategoryId = b!.id
})
afterAll(async () => {
  console.log(
    `authorisation matrix (${env().provider}): actions ${tally.allowed} allowed, ${tally.refused} refused; route handlers ${routeTally.allowed} allowed, ${routeTally.refused} refused; fuzz ${tally.fuzzed} calls, ${tally.fuzzRefused} refused`,
  )
  await db.$disconnect()
})

describe(`authorisation matrix (${env().provider})`, () => {
  it('has a row for every server action', () => {
    const declared = fs
      .readdirSync('server', { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join('server', d.name, 'actions.ts')))
      .flatMap((d) => [...fs.readFileSync(path.join('server', d.name, 'actions.ts'), 'utf8').matchAll(/^export const (\w+Action) =/gm)].map((m) => m[1]!))
    expect(declared.sort()).toEqual(Object.keys(ROWS).sort())
    expect(Object.keys(actions).sort()).toEqual(Object.keys(ROWS).sort())
  })

  for (const [name, row] of Object.entries(ROWS)) {
    it(`${name}: allowed for ${row.allowed.join(', ')}; refused for the others, changing nothing`, async () => {
      for (const actor of ACTORS) {
        const owner = await user(row.ownerRole ?? 'MEMBER')
        const ctx = await row.setup(owner)
        const me =
          actor === 'anonymous' ? null : actor === 'owner' ? owner : await user(({ member: 'MEMBER', organiser: 'ORGANISER', moderator: 'MODERATOR', admin: 'ADMIN' } as const)[actor])
        const before = [await counts(), await row.probe?.(ctx)]
        session = me
        const r = await actions[name]!(row.input(ctx, me))
        session = null
        if (row.allowed.includes(actor)) {
          expect(r, `${name} as ${actor}`).toMatchObject({ ok: true })
          tally.allowed++
        } else {
          expect(r.ok, `${name} as ${actor} should be refused`).toBe(false)
          expect([await counts(), await row.probe?.(ctx)], `${name} as ${actor} changed something`).toEqual(before)
          tally.refused++
        }
      }
    })
  }

  it('has a row for every route handler method', () => {
    const files = (fs.readdirSync('app', { recursive: true }) as string[]).filter((f) => /(^|\/)route\.ts$/.test(f)).map((f) => `app/${f}`)
    const declared = files.flatMap((f) => {
      const src = fs.readFileSync(f, 'utf8')
      const methods = [...src.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b|\bas (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1] ?? m[2])
      return methods.map((m) => `${m} ${f}`)
    })
    expect(declared.sort()).toEqual([...new Set(Object.keys(ROUTES).map((k) => k.replace(/ \(.*\)$/, '')))].sort())
    expect(Object.keys(routeModules).sort()).toEqual([...new Set(files.filter((f) => !f.includes('[...nextauth]')))].sort())
  })

  for (const [name, row] of Object.entries(ROUTES)) {
    if ('framework' in row) continue
    it(`${name}: allowed for ${row.allowed.join(', ')}; refused for the others, changing nothing`, async () => {
      const [method, file] = name.split(' ') as [string, string]
      for (const actor of ACTORS) {
        const owner = await user(row.ownerRole ?? 'MEMBER')
        const ctx = await row.setup(owner)
        const me =
          actor === 'anonymous' ? null : actor === 'owner' ? owner : await user(({ member: 'MEMBER', organiser: 'ORGANISER', moderator: 'MODERATOR', admin: 'ADMIN' } as const)[actor])
        const before = await counts()
        const { params, init, query = '' } = row.request(ctx)
        session = me
        const res = await routeModules[file]![method]!(new Request(`${APP}/x${query}`, init), { params: Promise.resolve(params) })
        session = null
        const body = await res.text()
        if (row.allowed.includes(actor)) {
          expect(res.status, `${name} as ${actor}: ${body.slice(0, 200)}`).toBeLessThan(300)
          row.check?.(body, me, owner)
          routeTally.allowed++
        } else {
          expect([401, 403], `${name} as ${actor} should be refused`).toContain(res.status)
          expect(await counts(), `${name} as ${actor} changed something`).toEqual(before)
          routeTally.refused++
        }
      }
    })
  }

})

// Fuzzing every action as it runs (issue 12): a valid input with some fields replaced by what a crafted request
// could carry, sent by an actor allowed to act. Never an unexpected error (the 500 of an action), and a refused
// call changes nothing — no partial write.
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', 'a\r\nb', '\u202e', '%ff', '<script>alert(1)</script>', '=HYPERLINK("x")', '0000-01-01T00:00', '9'.repeat(40), 'x'.repeat(70_000)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  fc.integer({ min: 50, max: 500 }).map((n) => {
    let v: unknown = 'x'
    for (let i = 0; i < n; i++) v = [v]
    return v
  }),
)

describe(`fuzzing every action (${env().provider})`, () => {
  for (const [name, row] of Object.entries(ROWS)) {
    it(`${name}: never unexpected, never a partial write`, async () => {
      const actor = (['owner', 'admin', 'moderator', 'organiser', 'member', 'anonymous'] as const).find((a) => row.allowed.includes(a))!
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(), hostile), { minLength: 1, maxLength: 3 }), async (changes) => {
          const owner = await user(row.ownerRole ?? 'MEMBER')
          const ctx = await row.setup(owner)
          const me =
            actor === 'anonymous' ? null : actor === 'owner' ? owner : await user(({ member: 'MEMBER', organiser: 'ORGANISER', moderator: 'MODERATOR', admin: 'ADMIN' } as const)[actor])
          const input = row.input(ctx, me)
          const keys = Object.keys(input)
          for (const [i, v] of changes) {
            if (keys.length) input[keys[i % keys.length]!] = v
          }
          const before = [await counts(), await row.probe?.(ctx)]
          session = me
          const r = await actions[name]!(input)
          session = null
          tally.fuzzed++
          if (r.ok) return
          tally.fuzzRefused++
          expect(r.formError, `${name}: ${JSON.stringify(input).slice(0, 300)}`).not.toBe('unexpected')
          expect([await counts(), await row.probe?.(ctx)], `${name} refused but changed something`).toEqual(before)
        }),
        // Besides the random runs, each of the first fields in turn set to a NUL and to 70,000 characters.
        { numRuns: 6, examples: [0, 1, 2, 3].flatMap((i) => [[[[i, '\u0000']]], [[[i, 'x'.repeat(70_000)]]]]) as [[number, unknown][]][] },
      )
    })
  }
})
