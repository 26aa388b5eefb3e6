import { describe, expect, it } from 'vitest'
import { DEFAULT_CHANNEL, OFFERED_CHANNELS, groupNotifications, notificationHref } from './notification-mail'

describe('notification mail', () => {
  it('sends personal and meeting mails at once, and what one follows in the daily digest', () => {
    expect(DEFAULT_CHANNEL.MENTION).toBe('IMMEDIATE')
    expect(DEFAULT_CHANNEL.EVENT_CANCELLED).toBe('IMMEDIATE')
    expect(DEFAULT_CHANNEL.EVENT_REMINDER).toBe('IMMEDIATE')
    expect(DEFAULT_CHANNEL.FOLLOWED_CATEGORY).toBe('DAILY')
    expect(DEFAULT_CHANNEL.FOLLOWED_THREAD).toBe('DAILY')
    expect(DEFAULT_CHANNEL.FOLLOWED_TERRITORY).toBe('DAILY')
    // Every default can be chosen on the preferences page.
    for (const c of Object.values(DEFAULT_CHANNEL)) expect(OFFERED_CHANNELS).toContain(c)
  })
  it('leads each notification where the app leads it', () => {
    expect(notificationHref({ kind: 'REPLY', threadId: 't1', postNumber: 4 })).toEqual({
      pathname: '/forum/t/[id]',
      params: { id: 't1' },
      hash: 'post-4',
    })
    expect(notificationHref({ kind: 'ADHESION_SUBMITTED', adhesionId: 'a1' })).toEqual({
      pathname: '/admin/adhesions/[id]',
      params: { id: 'a1' },
    })
    expect(notificationHref({ kind: 'ADHESION_APPROVED', adhesionId: 'a1' })).toBe('/network/join')
    expect(notificationHref({ kind: 'PRACTICE_PUBLISHED', practiceId: 'p1' })).toEqual({
      pathname: '/practices/[id]',
      params: { id: 'p1' },
    })
    expect(notificationHref({ kind: 'EVENT_CHANGED', eventId: 'e1' })).toEqual({ pathname: '/events/[id]', params: { id: 'e1' } })
    expect(notificationHref({ kind: 'EVENT_CHANGED' })).toBeNull()
  })
  it('groups repeats about the same thing in a row, naming each actor once, newest first', () => {
    const n = (id: string, kind: 'FOLLOWED_THREAD' | 'MENTION', threadId: string, actorId: string, read = false) => ({
      id,
      kind,
      threadId,
      actorId,
      readAt: read ? new Date() : null,
    })
    const groups = groupNotifications([
      n('1', 'FOLLOWED_THREAD', 't1', 'anna'),
      n('2', 'FOLLOWED_THREAD', 't1', 'bruno'),
      n('3', 'FOLLOWED_THREAD', 't1', 'anna'),
      n('4', 'MENTION', 't1', 'carla'),
      n('5', 'FOLLOWED_THREAD', 't1', 'dario'),
      n('6', 'FOLLOWED_THREAD', 't1', 'elena', true),
    ])
    expect(groups.map((g) => [g.id, g.count, g.actorIds])).toEqual([
      ['1', 3, ['anna', 'bruno']],
      ['4', 1, ['carla']],
      ['5', 1, ['dario']],
      ['6', 1, ['elena']],
    ])
    // Nothing to group by: each stays on its own.
    expect(
      groupNotifications([
        { id: 'a', kind: 'MEMBERSHIP_CONFIRMED', readAt: null },
        { id: 'b', kind: 'MEMBERSHIP_CONFIRMED', readAt: null },
      ]),
    ).toHaveLength(2)
  })
})
