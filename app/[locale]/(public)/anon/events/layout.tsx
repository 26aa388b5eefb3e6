import { messagesLayout } from '@/components/client-messages'

// The cached pages carry the same islands as the per-request ones.
export default messagesLayout(['events'])
