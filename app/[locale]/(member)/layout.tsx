import type { Metadata } from 'next'
import { messagesLayout } from '@/components/client-messages'

// Members' own work: the editors of threads, meetings and practices, "my practices", joining the network.
// Each page asks for sign-in itself (so that sign-in brings the member back to it) and asks its policy, and every
// command checks again: a layout is not re-rendered on client navigation, so it cannot be the only check.
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default messagesLayout(['forum', 'events', 'practices.form', 'network.form', 'network.org', 'network.profile'])
