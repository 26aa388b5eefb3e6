import { messagesLayout } from '@/components/client-messages'

// The forum's islands (tools, post actions, reply form, editor) translate in the browser.
export default messagesLayout(['forum'])
