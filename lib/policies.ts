// Pure authorisation rules. Every server action and page asks these; unit-tested in policies.test.ts.

export const ROLES = ['MEMBER', 'ORGANISER', 'MODERATOR', 'ADMIN'] as const
export type Role = (typeof ROLES)[number]

export type Actor = { id: string; role: Role } | null

/** organiser and moderator each include member; admin includes everything. */
const INCLUDES: Record<Role, readonly Role[]> = {
  MEMBER: ['MEMBER'],
  ORGANISER: ['ORGANISER', 'MEMBER'],
  MODERATOR: ['MODERATOR', 'MEMBER'],
  ADMIN: ROLES,
}

export function hasRole(actor: Actor, role: Role): boolean {
  return !!actor && INCLUDES[actor.role].includes(role)
}

export const canAdminister = (actor: Actor) => hasRole(actor, 'ADMIN')
export const canReadOutbox = canAdminister

/** Admins change others' roles; nobody changes their own (so the last admin cannot lock everyone out). */
export function canChangeRole(actor: Actor, target: { id: string }): boolean {
  return canAdminister(actor) && actor!.id !== target.id
}

export function canSuspend(actor: Actor, target: { id: string }): boolean {
  return canAdminister(actor) && actor!.id !== target.id
}

export function canEditProfile(actor: Actor, target: { id: string }): boolean {
  return !!actor && actor.id === target.id
}
