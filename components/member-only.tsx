'use client'
import type { ReactNode } from 'react'
import { useMember } from '@/components/member'
import { canCreateEvent, canReviewPractice } from '@/lib/policies'

const POLICIES = { member: () => true, createEvent: canCreateEvent, reviewPractice: canReviewPractice } as const

/**
 * Shows `children` (a link, a button) only to a signed-in member whom `policy` allows — decided in the browser, so the
 * page around it stays one cached page for everyone (issue 15). Only for what is a convenience to show: the page
 * behind the link, and every command, check the policy again on the server.
 */
export function MemberOnly({ policy = 'member', children }: { policy?: keyof typeof POLICIES; children: ReactNode }) {
  const { member } = useMember()
  return member && POLICIES[policy](member) ? children : null
}
