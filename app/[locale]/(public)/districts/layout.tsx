import { messagesLayout } from '@/components/client-messages'

// Following a district translates in the browser.
export default messagesLayout(['network.territory'])
