import { messagesLayout } from '@/components/client-messages'

// Review and publication tools translate in the browser.
export default messagesLayout(['practices'])
