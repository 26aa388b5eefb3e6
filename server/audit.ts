import 'server-only'
import type { db } from '@/server/db'
import { type Prisma } from '@/server/db'
import type { CurrentUser } from '@/server/auth/session'

export type AuditAction =
  | 'user.role'
  | 'user.suspend'
  | 'post.edit'
  | 'post.hide'
  | 'post.unhide'
  | 'post.delete'
  | 'thread.delete'
  | 'thread.move'
  | 'thread.pin'
  | 'thread.lock'
  | 'flag.dismiss'
  | 'category.create'
  | 'practice.review'
  | 'adhesion.decide'
  | 'membership.confirm'
  | 'membership.remove'
  | 'organisation.withdraw'
  | 'organisation.profile'

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'user.role',
  'user.suspend',
  'post.edit',
  'post.hide',
  'post.unhide',
  'post.delete',
  'thread.delete',
  'thread.move',
  'thread.pin',
  'thread.lock',
  'flag.dismiss',
  'category.create',
  'practice.review',
  'adhesion.decide',
  'membership.confirm',
  'membership.remove',
  'organisation.withdraw',
  'organisation.profile',
]

type Entry = {
  action: AuditAction
  target: { type: string; id: string; label?: string }
  before?: unknown
  after?: unknown
}

/**
 * One line of the audit log: who (the acting moderator or admin, with their name copied so the line survives
 * their account), what, on what, and the values before and after where it applies. Pass the transaction of the
 * write it records, so the two commit together; returns the query, so it also fits `db.$transaction([…])`.
 */
export function audit(client: Prisma.TransactionClient | typeof db, actor: CurrentUser, e: Entry) {
  return client.auditEntry.create({
    data: {
      actorId: actor.id,
      actorName: actor.name,
      action: e.action,
      targetType: e.target.type,
      targetId: e.target.id,
      label: (e.target.label ?? '').slice(0, 300),
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    },
  })
}
