import { describe, expect, it } from 'vitest'
import { DEFAULT_CHANNEL, OFFERED_CHANNELS, notificationHref } from './notification-mail'

describe('notification mail', () => {
  it('sends personal and meeting mails at once; follows stay in the app while there is no digest', () => {
    expect(DEFAULT_CHANNEL.MENTION).toBe('IMMEDIATE')
    expect(DEFAULT_CHANNEL.EVENT_CANCELLED).toBe('IMMEDIATE')
    expect(DEFAULT_CHANNEL.FOLLOWED_CATEGORY).toBe('NONE')
    expect(DEFAULT_CHANNEL.FOLLOWED_THREAD).toBe('NONE')
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
    expect(notificationHref({ kind: 'EVENT_CHANGED' })).toBeNull()
  })
})
