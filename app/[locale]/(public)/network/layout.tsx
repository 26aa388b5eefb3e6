import { messagesLayout } from '@/components/client-messages'

// An organisation's contact actions translate in the browser.
export default messagesLayout(['network.org'])
