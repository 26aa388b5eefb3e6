import type { routing } from '@/i18n/routing'
import type messages from '@/messages/it.json'

// Typed messages: a key that is not in the message files (Italian is the reference; a unit test keeps English
// equal) fails the type check, and so does a wrong locale.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: typeof messages
  }
}
