import { messagesLayout } from '@/components/client-messages'

// Following a region translates in the browser.
export default messagesLayout(['network.territory'])
