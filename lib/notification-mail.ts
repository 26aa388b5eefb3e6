import type { ComponentProps } from 'react'
import type { Link } from '@/i18n/navigation'

// Notifications by e-mail (issue 14): every kind, and how it arrives unless the member chooses otherwise.

export const NOTIFICATION_KINDS = [
  'MENTION',
  'REPLY',
  'FOLLOWED_THREAD',
  'FOLLOWED_CATEGORY',
  'ACCEPTED',
  'EVENT_PROMOTED',
  'EVENT_CHANGED',
  'EVENT_CANCELLED',
  'PRACTICE_SUBMITTED',
  'PRACTICE_RETURNED',
  'PRACTICE_PUBLISHED',
  'PRACTICE_REJECTED',
  'ADHESION_SUBMITTED',
  'ADHESION_INFO_REQUESTED',
  'ADHESION_APPROVED',
  'ADHESION_REJECTED',
  'MEMBERSHIP_CONFIRMED',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const MAIL_CHANNELS = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'NONE'] as const
export type MailChannel = (typeof MAIL_CHANNELS)[number]

/**
 * The channels members can choose today. The daily and weekly digests are not sent yet: until they are, they are not
 * offered (a choice that sends nothing would mislead), and what one follows is not mailed by default.
 */
export const OFFERED_CHANNELS = ['IMMEDIATE', 'NONE'] as const satisfies readonly MailChannel[]

/** Personal and meeting mails at once; what one follows stays in the app (the digest's, once it exists). */
export const DEFAULT_CHANNEL: Record<NotificationKind, MailChannel> = Object.fromEntries(
  NOTIFICATION_KINDS.map((k) => [k, k === 'FOLLOWED_THREAD' || k === 'FOLLOWED_CATEGORY' ? 'NONE' : 'IMMEDIATE']),
) as Record<NotificationKind, MailChannel>

export type NotificationTarget = {
  kind: NotificationKind
  threadId?: string | null
  postNumber?: number | null
  practiceId?: string | null
  adhesionId?: string | null
}

/** Where a notification leads (the same in the app and in its mail); null when it leads nowhere. */
export function notificationHref(n: NotificationTarget): ComponentProps<typeof Link>['href'] | null {
  if (n.threadId) return { pathname: '/forum/t/[id]', params: { id: n.threadId }, hash: n.postNumber ? `post-${n.postNumber}` : undefined }
  if (n.kind === 'ADHESION_SUBMITTED' && n.adhesionId) return { pathname: '/admin/adhesions/[id]', params: { id: n.adhesionId } }
  if (n.adhesionId) return '/network/join'
  if (n.practiceId) return { pathname: '/practices/[id]', params: { id: n.practiceId } }
  return null
}
