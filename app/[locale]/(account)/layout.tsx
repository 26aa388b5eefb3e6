import type { Metadata } from 'next'
import { messagesLayout } from '@/components/client-messages'

// The member's own account: profile, privacy, notifications. Each page asks for sign-in itself (and comes back
// to it afterwards); every command is scoped to the signed-in member.
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default messagesLayout(['account', 'auth', 'orgTypes', 'preferences', 'notifications', 'myArea'])
