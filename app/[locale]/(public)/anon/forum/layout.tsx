import { messagesLayout } from '@/components/client-messages'

// The cached forum pages carry the same islands as the per-request ones.
export default messagesLayout(['forum'])
