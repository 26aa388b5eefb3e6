import { messagesLayout } from '@/components/client-messages'

// Registration and materials translate in the browser.
export default messagesLayout(['events'])
