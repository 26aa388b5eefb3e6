import { messagesLayout } from '@/components/client-messages'

// The sign-in, registration and password forms translate in the browser.
export default messagesLayout(['auth'])
