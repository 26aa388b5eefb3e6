import type { ComponentProps } from 'react'
import type { Link } from '@/i18n/navigation'

// Notifications by e-mail (issue 14): every kind, and how it arrives unless the member chooses otherwise.

export const NOTIFICATION_KINDS = [
  'MENTION',
  'REPLY',
  'FOLLOWED_THREAD',
  'FOLLOWED_CATEGORY',
  'FOLLOWED_TERRITORY',
  'ACCEPTED',
  'EVENT_CONFIRMED',
  'EVENT_PROMOTED',
  'EVENT_CHANGED',
  'EVENT_CANCELLED',
  'EVENT_REMINDER',
  'EVENT_MINUTES',
  'PRACTICE_SUBMITTED',
  'PRACTICE_RETURNED',
  'PRACTICE_PUBLISHED',
  'PRACTICE_REJECTED',
  'ADHESION_SUBMITTED',
  'ADHESION_INFO_REQUESTED',
  'ADHESION_APPROVED',
  'ADHESION_REJECTED',
  'MEMBERSHIP_CONFIRMED',
  'MEMBERSHIP_REMOVED',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const MAIL_CHANNELS = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'NONE'] as const
export type MailChannel = (typeof MAIL_CHANNELS)[number]

/** Every channel can be chosen on the preferences page. */
export const OFFERED_CHANNELS = MAIL_CHANNELS

/** What one follows reaches the daily digest (issue 14: sensible defaults); personal and meeting mails at once. */
export const FOLLOW_KINDS = ['FOLLOWED_THREAD', 'FOLLOWED_CATEGORY', 'FOLLOWED_TERRITORY'] as const satisfies readonly NotificationKind[]

export const DEFAULT_CHANNEL: Record<NotificationKind, MailChannel> = Object.fromEntries(
  NOTIFICATION_KINDS.map((k) => [k, (FOLLOW_KINDS as readonly string[]).includes(k) ? 'DAILY' : 'IMMEDIATE']),
) as Record<NotificationKind, MailChannel>

export type NotificationTarget = {
  kind: NotificationKind
  threadId?: string | null
  postNumber?: number | null
  practiceId?: string | null
  adhesionId?: string | null
  eventId?: string | null
}

/** Where a notification leads (the same in the app and in its mail); null when it leads nowhere. */
export function notificationHref(n: NotificationTarget): ComponentProps<typeof Link>['href'] | null {
  if (n.threadId) return { pathname: '/forum/t/[id]', params: { id: n.threadId }, hash: n.postNumber ? `post-${n.postNumber}` : undefined }
  if (n.kind === 'ADHESION_SUBMITTED' && n.adhesionId) return { pathname: '/admin/adhesions/[id]', params: { id: n.adhesionId } }
  if (n.adhesionId) return '/network/join'
  if (n.practiceId) return { pathname: '/practices/[id]', params: { id: n.practiceId } }
  if (n.eventId) return { pathname: '/events/[id]', params: { id: n.eventId } }
  return null
}

type Groupable = NotificationTarget & { id: string; actorId?: string | null; readAt: Date | null; resolvedAt?: Date | null }

/**
 * Repeats about the same thing in a row (three new posts in one thread, two reviewers told of one practice) become
 * one line: the newest, with how many it stands for and who did them (newest first, each name once). Only
 * notifications of the same kind, about the same thing and in the same read state are grouped.
 */
export function groupNotifications<T extends Groupable>(items: T[]): (T & { count: number; actorIds: string[] })[] {
  const out: (T & { count: number; actorIds: string[] })[] = []
  const about = (n: T) => n.threadId ?? n.practiceId ?? n.adhesionId ?? n.eventId ?? null
  for (const n of items) {
    const last = out.at(-1)
    if (last && about(n) && last.kind === n.kind && about(last) === about(n) && !last.readAt === !n.readAt) {
      last.count++
      if (n.actorId && !last.actorIds.includes(n.actorId)) last.actorIds.push(n.actorId)
      continue
    }
    out.push({ ...n, count: 1, actorIds: n.actorId ? [n.actorId] : [] })
  }
  return out
}
