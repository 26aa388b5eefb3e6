// Pure authorisation rules. Every command and page asks these; each export is unit-tested in policies.test.ts
// (a test there fails when an export has no test).

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

// Forum.
export const canModerate = (actor: Actor) => hasRole(actor, 'MODERATOR')

export type ThreadState = { authorId: string; locked: boolean; deletedAt: Date | null }
export type PostState = { authorId: string; number: number; hiddenAt: Date | null; deletedAt: Date | null }

/** Members reply to open threads; moderators also to locked ones. */
export function canReply(actor: Actor, thread: ThreadState): boolean {
  if (!actor || thread.deletedAt) return false
  return !thread.locked || canModerate(actor)
}

/** Authors edit their own visible posts in open threads; moderators edit any post. */
export function canEditPost(actor: Actor, post: PostState, thread: ThreadState): boolean {
  if (!actor || post.deletedAt) return false
  if (canModerate(actor)) return true
  return actor.id === post.authorId && !post.hiddenAt && !thread.locked && !thread.deletedAt
}

/** The thread author or a moderator marks a reply (never the first post) as the accepted answer. */
export function canAcceptAnswer(actor: Actor, thread: ThreadState, post: PostState): boolean {
  if (!actor || post.number === 1 || post.hiddenAt || post.deletedAt || thread.deletedAt) return false
  return actor.id === thread.authorId || canModerate(actor)
}

/** Members mark others' posts useful, once. */
export function canReact(actor: Actor, post: PostState): boolean {
  return !!actor && actor.id !== post.authorId && !post.hiddenAt && !post.deletedAt
}

export function canFlag(actor: Actor, post: PostState): boolean {
  return !!actor && actor.id !== post.authorId && !post.hiddenAt && !post.deletedAt
}

/** Accounts younger than a day get the stricter limits (as Discourse's first-day limits). */
export function isNewAccount(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() < 24 * 60 * 60_000
}

// Events.
/** The event's organiser, or an admin, manages it (attendees, cancellation). */
export function canManageEvent(actor: Actor, event: { organiserId: string }): boolean {
  return !!actor && (actor.id === event.organiserId || canAdminister(actor))
}
export const canCreateEvent = (actor: Actor) => hasRole(actor, 'ORGANISER')

// Good practices: draft → submitted → published, or returned (with comments) or rejected.
export type PracticeState = { authorId: string; status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'PUBLISHED' | 'REJECTED' }
export const canReviewPractice = (actor: Actor) => hasRole(actor, 'MODERATOR')

/** A reviewer decides on others' practices only: one's own needs a second reviewer (four eyes). */
export function canDecidePractice(actor: Actor, p: { authorId: string }): boolean {
  return canReviewPractice(actor) && actor!.id !== p.authorId
}

/** Published practices are public; the others only for their author and the reviewers. */
export function canViewPractice(actor: Actor, p: PracticeState): boolean {
  return p.status === 'PUBLISHED' || (!!actor && (actor.id === p.authorId || canReviewPractice(actor)))
}

/**
 * The author edits a draft, a returned or a published practice (not while it is being reviewed, nor once
 * rejected); moderators edit published ones too. Nobody else, ever.
 */
export function canEditPractice(actor: Actor, p: PracticeState): boolean {
  if (!actor) return false
  if (actor.id === p.authorId) return p.status === 'DRAFT' || p.status === 'RETURNED' || p.status === 'PUBLISHED'
  return p.status === 'PUBLISHED' && canReviewPractice(actor)
}

export function canSubmitPractice(actor: Actor, p: PracticeState): boolean {
  return !!actor && actor.id === p.authorId && (p.status === 'DRAFT' || p.status === 'RETURNED')
}

/** Signed-in members other than the author mark a published practice useful, once. */
export function canMarkPracticeUseful(actor: Actor, p: PracticeState): boolean {
  return !!actor && actor.id !== p.authorId && p.status === 'PUBLISHED'
}

// The network.
/** Meetings and practices are attributed to an organisation by its confirmed members (or by admins). */
export function canAttributeToOrganisation(actor: Actor, membership: { confirmedAt: Date | null } | null): boolean {
  return !!actor && (canAdminister(actor) || !!membership?.confirmedAt)
}

/** An organisation's contact person acts for it (confirms members, withdraws the adhesion); so do admins. */
export function canActForOrganisation(actor: Actor, org: { contactUserId: string | null }): boolean {
  return !!actor && (actor.id === org.contactUserId || canAdminister(actor))
}

/** Those who act for an organisation remove its members, never its contact person (who stays responsible for it). */
export function canRemoveMember(actor: Actor, org: { contactUserId: string | null }, member: { userId: string }): boolean {
  return canActForOrganisation(actor, org) && member.userId !== org.contactUserId
}

/** Only the applicant completes their application (after the admins asked for more). */
export function canCompleteAdhesion(actor: Actor, adhesion: { applicantId: string }): boolean {
  return !!actor && actor.id === adhesion.applicantId
}
