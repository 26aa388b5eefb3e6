import { describe, expect, it } from 'vitest'
import { canAdminister, canChangeRole, canEditProfile, canSuspend, hasRole, ROLES, type Role } from './policies'

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
