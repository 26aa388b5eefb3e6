import { defineRouting } from 'next-intl/routing'

/** Italian lives at the root, English under /en; every path is localised. */
export const routing = defineRouting({
  locales: ['it', 'en'],
  defaultLocale: 'it',
  localePrefix: 'as-needed',
  localeDetection: false,
  pathnames: {
    '/': '/',
    '/sign-in': { it: '/accedi', en: '/sign-in' },
    '/register': { it: '/registrati', en: '/register' },
    '/forgot-password': { it: '/password-dimenticata', en: '/forgot-password' },
    '/reset-password': { it: '/reimposta-password', en: '/reset-password' },
    '/confirm-email': { it: '/conferma-email', en: '/confirm-email' },
    '/account': { it: '/profilo', en: '/account' },
    '/case-studies': { it: '/casi-studio', en: '/case-studies' },
    '/case-studies/[slug]': { it: '/casi-studio/[slug]', en: '/case-studies/[slug]' },
    '/glossary': { it: '/glossario', en: '/glossary' },
    '/forum': '/forum',
    '/forum/c/[slug]': '/forum/c/[slug]',
    '/forum/t/[id]': '/forum/t/[id]',
    '/forum/new': { it: '/forum/nuova-discussione', en: '/forum/new' },
    '/forum/moderation': { it: '/forum/moderazione', en: '/forum/moderation' },
    '/notifications': { it: '/notifiche', en: '/notifications' },
    '/search': { it: '/cerca', en: '/search' },
    '/events': { it: '/eventi', en: '/events' },
    '/events/new': { it: '/eventi/nuovo', en: '/events/new' },
    '/events/[id]': { it: '/eventi/[id]', en: '/events/[id]' },
    '/events/[id]/edit': { it: '/eventi/[id]/modifica', en: '/events/[id]/edit' },
    '/practices': { it: '/buone-pratiche', en: '/good-practices' },
    '/practices/new': { it: '/buone-pratiche/nuova', en: '/good-practices/new' },
    '/practices/mine': { it: '/buone-pratiche/mie', en: '/good-practices/mine' },
    '/practices/review': { it: '/buone-pratiche/revisione', en: '/good-practices/review' },
    '/practices/[id]': { it: '/buone-pratiche/[id]', en: '/good-practices/[id]' },
    '/practices/[id]/edit': { it: '/buone-pratiche/[id]/modifica', en: '/good-practices/[id]/edit' },
    '/privacy': '/privacy',
    '/network': { it: '/rete', en: '/network' },
    '/network/join': { it: '/rete/aderisci', en: '/network/join' },
    '/network/members': { it: '/rete/aderenti', en: '/network/members' },
    '/network/members/[slug]': { it: '/rete/aderenti/[slug]', en: '/network/members/[slug]' },
    '/territories/[region]': { it: '/territori/[region]', en: '/territories/[region]' },
    '/districts/[slug]': { it: '/distretti/[slug]', en: '/districts/[slug]' },
    '/admin/adhesions': { it: '/admin/adesioni', en: '/admin/adhesions' },
    '/admin/adhesions/[id]': { it: '/admin/adesioni/[id]', en: '/admin/adhesions/[id]' },
    '/admin': '/admin',
    '/admin/users': { it: '/admin/utenti', en: '/admin/users' },
    '/admin/outbox': { it: '/admin/posta', en: '/admin/outbox' },
  },
})

export type Locale = (typeof routing.locales)[number]
export type AppPathname = keyof typeof routing.pathnames
export const TIME_ZONE = 'Europe/Rome'
