import { describe, expect, it } from 'vitest'
import { canAdminister, canChangeRole, canEditPractice, canEditProfile, canMarkPracticeUseful, canReviewPractice, canSubmitPractice, canSuspend, canViewPractice, hasRole, ROLES, type Role } from './policies'

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
    expect(canMarkPracticeUseful(other, p('PUBLISHED'))).toBe(true)
    expect(canMarkPracticeUseful(author, p('PUBLISHED'))).toBe(false)
    expect(canMarkPracticeUseful(other, p('SUBMITTED'))).toBe(false)
  })
})
