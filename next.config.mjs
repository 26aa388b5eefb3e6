import { fileURLToPath } from 'node:url'
import createNextIntlPlugin from 'next-intl/plugin'

// Messages are compiled at build time: the browser gets no ICU parser (issue 15: first-load JavaScript).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
})

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Rendered public pages are cached; this handler keeps that cache right across restarts and instances (issue 15).
  cacheHandler: fileURLToPath(new URL('./server/cache-handler.cjs', import.meta.url)),
  // Event materials are uploaded through a server action (files up to 8 MB, lib/uploads.ts).
  // authInterrupts: forbidden() answers 403 with app/[locale]/forbidden.tsx.
  experimental: { serverActions: { bodySizeLimit: '9mb' }, authInterrupts: true },
  serverExternalPackages: [
    'better-sqlite3',
    '@node-rs/argon2',
    'pg',
    '@prisma/adapter-better-sqlite3',
    '@prisma/adapter-pg',
    'nodemailer',
    '@touch4it/ical-timezones',
  ],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ]
  },
}

export default withNextIntl(nextConfig)
