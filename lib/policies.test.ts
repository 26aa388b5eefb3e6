import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as policies from './policies'
import {
  canAcceptAnswer,
  canActForOrganisation,
  canAttributeToOrganisation,
  canDecidePractice,
  canAdminister,
  canChangeRole,
  canCompleteAdhesion,
  canCreateEvent,
  canEditPost,
  canEditPractice,
  canEditProfile,
  canFlag,
  canManageEvent,
  canMarkPracticeUseful,
  canModerate,
  canReact,
  canReadOutbox,
  canRemoveMember,
  canReply,
  canReviewPractice,
  canSubmitPractice,
  canSuspend,
  canViewPractice,
  hasRole,
  isNewAccount,
  ROLES,
  type Role,
} from './policies'

const as = (role: Role, id = 'u1') => ({ id, role })

describe('role hierarchy', () => {
  it('member has only member rights', () => {
    expect(ROLES.filter((r) => hasRole(as('MEMBER'), r))).toEqual(['MEMBER'])
  })
  it('organiser and moderator each include member but not each other', () => {
    expect(hasRole(as('ORGANISER'), 'MEMBER')).toBe(true)
    expect(hasRole(as('MODERATOR'), 'MEMBER')).toBe(true)
    expect(hasRole(as('ORGANISER'), 'MODERATOR')).toBe(false)
    expect(hasRole(as('MODERATOR'), 'ORGANISER')).toBe(false)
    expect(hasRole(as('MODERATOR'), 'ADMIN')).toBe(false)
  })
  it('admin includes everything', () => {
    for (const r of ROLES) expect(hasRole(as('ADMIN'), r)).toBe(true)
  })
  it('anonymous has nothing', () => {
    for (const r of ROLES) expect(hasRole(null, r)).toBe(false)
  })
})

describe('administration policies', () => {
  it('only admins administer', () => {
    expect(canAdminister(as('ADMIN'))).toBe(true)
    expect(canAdminister(as('MODERATOR'))).toBe(false)
    expect(canAdminister(null)).toBe(false)
  })
  it('an admin changes and suspends others, never themselves', () => {
    expect(canChangeRole(as('ADMIN', 'a'), { id: 'b' })).toBe(true)
    expect(canChangeRole(as('ADMIN', 'a'), { id: 'a' })).toBe(false)
    expect(canSuspend(as('ADMIN', 'a'), { id: 'a' })).toBe(false)
    expect(canSuspend(as('MEMBER', 'a'), { id: 'b' })).toBe(false)
  })
  it('a profile is edited only by its owner', () => {
    expect(canEditProfile(as('MEMBER', 'a'), { id: 'a' })).toBe(true)
    expect(canEditProfile(as('ADMIN', 'a'), { id: 'b' })).toBe(false)
  })
})

describe('good practice policies', () => {
  const author = { id: 'a', role: 'MEMBER' as const }
  const other = { id: 'o', role: 'MEMBER' as const }
  const mod = { id: 'm', role: 'MODERATOR' as const }
  const organiser = { id: 'g', role: 'ORGANISER' as const }
  const p = (status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'PUBLISHED' | 'REJECTED') => ({ authorId: 'a', status })

  it('lets only the author edit drafts and returned practices, and author or moderator published ones', () => {
    expect(canEditPractice(author, p('DRAFT'))).toBe(true)
    expect(canEditPractice(author, p('RETURNED'))).toBe(true)
    expect(canEditPractice(author, p('PUBLISHED'))).toBe(true)
    expect(canEditPractice(author, p('SUBMITTED'))).toBe(false)
    expect(canEditPractice(author, p('REJECTED'))).toBe(false)
    expect(canEditPractice(other, p('PUBLISHED'))).toBe(false)
    expect(canEditPractice(organiser, p('PUBLISHED'))).toBe(false)
    expect(canEditPractice(mod, p('PUBLISHED'))).toBe(true)
    expect(canEditPractice(mod, p('DRAFT'))).toBe(false)
    expect(canEditPractice(null, p('PUBLISHED'))).toBe(false)
  })

  it('shows unpublished practices only to the author and reviewers; only the author submits', () => {
    expect(canViewPractice(null, p('PUBLISHED'))).toBe(true)
    expect(canViewPractice(null, p('SUBMITTED'))).toBe(false)
    expect(canViewPractice(other, p('DRAFT'))).toBe(false)
    expect(canViewPractice(mod, p('SUBMITTED'))).toBe(true)
    expect(canViewPractice(author, p('REJECTED'))).toBe(true)
    expect(canSubmitPractice(author, p('RETURNED'))).toBe(true)
    expect(canSubmitPractice(author, p('SUBMITTED'))).toBe(false)
    expect(canSubmitPractice(mod, p('DRAFT'))).toBe(false)
    expect(canReviewPractice(mod)).toBe(true)
    expect(canReviewPractice(organiser)).toBe(false)
    expect(canDecidePractice(mod, p('SUBMITTED'))).toBe(true)
    expect(canDecidePractice({ id: 'a', role: 'MODERATOR' }, p('SUBMITTED'))).toBe(false)
    expect(canDecidePractice(other, p('SUBMITTED'))).toBe(false)
    expect(canMarkPracticeUseful(other, p('PUBLISHED'))).toBe(true)
    expect(canMarkPracticeUseful(author, p('PUBLISHED'))).toBe(false)
    expect(canMarkPracticeUseful(other, p('SUBMITTED'))).toBe(false)
  })
})

describe('forum policies', () => {
  const author = as('MEMBER', 'a')
  const other = as('MEMBER', 'o')
  const mod = as('MODERATOR', 'm')
  const open = { authorId: 'a', locked: false, deletedAt: null }
  const locked = { ...open, locked: true }
  const deleted = { ...open, deletedAt: new Date() }
  const post = (over: Partial<{ authorId: string; number: number; hiddenAt: Date | null; deletedAt: Date | null }> = {}) => ({
    authorId: 'a',
    number: 2,
    hiddenAt: null,
    deletedAt: null,
    ...over,
  })

  it('members reply to open threads, moderators also to locked ones, nobody to deleted ones', () => {
    expect(canReply(other, open)).toBe(true)
    expect(canReply(other, locked)).toBe(false)
    expect(canReply(mod, locked)).toBe(true)
    expect(canReply(mod, deleted)).toBe(false)
    expect(canReply(null, open)).toBe(false)
  })
  it('authors edit their own visible posts in open threads; moderators any post that is not deleted', () => {
    expect(canEditPost(author, post(), open)).toBe(true)
    expect(canEditPost(other, post(), open)).toBe(false)
    expect(canEditPost(author, post({ hiddenAt: new Date() }), open)).toBe(false)
    expect(canEditPost(author, post(), locked)).toBe(false)
    expect(canEditPost(mod, post(), locked)).toBe(true)
    expect(canEditPost(mod, post({ deletedAt: new Date() }), open)).toBe(false)
  })
  it('the thread author or a moderator accepts a visible reply, never the first post', () => {
    expect(canAcceptAnswer(author, open, post({ authorId: 'o' }))).toBe(true)
    expect(canAcceptAnswer(mod, open, post({ authorId: 'o' }))).toBe(true)
    expect(canAcceptAnswer(other, open, post({ authorId: 'o' }))).toBe(false)
    expect(canAcceptAnswer(author, open, post({ number: 1 }))).toBe(false)
    expect(canAcceptAnswer(author, open, post({ hiddenAt: new Date() }))).toBe(false)
    expect(canAcceptAnswer(author, deleted, post())).toBe(false)
  })
  it("members mark and flag others' posts, not their own; hidden posts can be neither marked useful nor flagged again", () => {
    expect(canReact(other, post())).toBe(true)
    expect(canReact(author, post())).toBe(false)
    expect(canReact(other, post({ hiddenAt: new Date() }))).toBe(false)
    expect(canReact(null, post())).toBe(false)
    expect(canFlag(other, post())).toBe(true)
    expect(canFlag(other, post({ hiddenAt: new Date() }))).toBe(false)
    expect(canFlag(author, post())).toBe(false)
    expect(canFlag(other, post({ deletedAt: new Date() }))).toBe(false)
  })
  it('only moderators and admins moderate', () => {
    expect(canModerate(mod)).toBe(true)
    expect(canModerate(as('ADMIN'))).toBe(true)
    expect(canModerate(as('ORGANISER'))).toBe(false)
    expect(canModerate(null)).toBe(false)
  })
  it('an account is new for its first 24 hours', () => {
    const now = new Date('2027-01-10T12:00:00Z')
    expect(isNewAccount(new Date('2027-01-09T12:00:01Z'), now)).toBe(true)
    expect(isNewAccount(new Date('2027-01-09T12:00:00Z'), now)).toBe(false)
  })
})

describe('event and outbox policies', () => {
  it("organisers create events; the event's organiser or an admin manages it", () => {
    expect(canCreateEvent(as('ORGANISER'))).toBe(true)
    expect(canCreateEvent(as('ADMIN'))).toBe(true)
    expect(canCreateEvent(as('MODERATOR'))).toBe(false)
    expect(canManageEvent(as('ORGANISER', 'g'), { organiserId: 'g' })).toBe(true)
    expect(canManageEvent(as('ORGANISER', 'h'), { organiserId: 'g' })).toBe(false)
    expect(canManageEvent(as('ADMIN', 'x'), { organiserId: 'g' })).toBe(true)
    expect(canManageEvent(null, { organiserId: 'g' })).toBe(false)
  })
  it('only admins read the development outbox', () => {
    expect(canReadOutbox(as('ADMIN'))).toBe(true)
    expect(canReadOutbox(as('MODERATOR'))).toBe(false)
  })
})

describe('network policies', () => {
  const org = { contactUserId: 'c' }
  it('content is attributed to an organisation by its confirmed members or admins (issue 12)', () => {
    expect(canAttributeToOrganisation(as('MEMBER'), { confirmedAt: new Date() })).toBe(true)
    expect(canAttributeToOrganisation(as('MEMBER'), { confirmedAt: null })).toBe(false)
    expect(canAttributeToOrganisation(as('ORGANISER'), null)).toBe(false)
    expect(canAttributeToOrganisation(as('ADMIN'), null)).toBe(true)
    expect(canAttributeToOrganisation(null, { confirmedAt: new Date() })).toBe(false)
  })
  it('the contact person or an admin acts for an organisation', () => {
    expect(canActForOrganisation(as('MEMBER', 'c'), org)).toBe(true)
    expect(canActForOrganisation(as('ADMIN', 'x'), org)).toBe(true)
    expect(canActForOrganisation(as('MEMBER', 'x'), org)).toBe(false)
    expect(canActForOrganisation(as('MEMBER', 'x'), { contactUserId: null })).toBe(false)
    expect(canActForOrganisation(null, org)).toBe(false)
  })
  it('members are removed by those who act for the organisation, the contact person never', () => {
    expect(canRemoveMember(as('MEMBER', 'c'), org, { userId: 'm' })).toBe(true)
    expect(canRemoveMember(as('ADMIN', 'x'), org, { userId: 'c' })).toBe(false)
    expect(canRemoveMember(as('MEMBER', 'x'), org, { userId: 'm' })).toBe(false)
  })
  it('only the applicant completes an application', () => {
    expect(canCompleteAdhesion(as('MEMBER', 'a'), { applicantId: 'a' })).toBe(true)
    expect(canCompleteAdhesion(as('ADMIN', 'x'), { applicantId: 'a' })).toBe(false)
    expect(canCompleteAdhesion(null, { applicantId: 'a' })).toBe(false)
  })
})

describe('this file', () => {
  it('tests every policy lib/policies.ts exports', () => {
    const source = fs.readFileSync(new URL('./policies.test.ts', import.meta.url), 'utf8')
    const untested = Object.entries(policies)
      .filter(([, v]) => typeof v === 'function')
      .map(([name]) => name)
      .filter((name) => !new RegExp(`expect\\(${name}\\(`).test(source) && !source.includes(`=> ${name}(`))
    expect(untested).toEqual([])
  })
})
