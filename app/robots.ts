import type { MetadataRoute } from 'next'
import { env } from '@/server/env'

// Search engines may read every public page; account, admin, moderation and editing pages, the API and search
// results stay out (in both languages).
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const base = env().APP_URL
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/api/',
        '/admin',
        '/en/admin',
        '/profilo',
        '/en/account',
        '/area-personale',
        '/en/my-area',
        '/rete/aderenti/*/gestione',
        '/en/network/members/*/manage',
        '/feeds/private/',
        '/notifiche',
        '/en/notifications',
        '/forum/moderazione',
        '/en/forum/moderation',
        '/forum/nuova-discussione',
        '/en/forum/new',
        '/eventi/nuovo',
        '/en/events/new',
        '/eventi/*/modifica',
        '/en/events/*/edit',
        '/buone-pratiche/nuova',
        '/buone-pratiche/mie',
        '/buone-pratiche/revisione',
        '/buone-pratiche/*/modifica',
        '/en/good-practices/new',
        '/en/good-practices/mine',
        '/en/good-practices/review',
        '/en/good-practices/*/edit',
        '/cerca',
        '/en/search',
        '/accedi',
        '/en/sign-in',
        '/registrati',
        '/en/register',
      ],
    },
    sitemap: `${base}/sitemap.xml`,
    host: base,
  }
}
