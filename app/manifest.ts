import type { MetadataRoute } from 'next'

/** The web app manifest (/manifest.webmanifest): installable on a phone's home screen, in the network's colours. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Cartesio — Rete Cartesio',
    short_name: 'Cartesio',
    description:
      'La piattaforma della Rete Cartesio: casi studio, buone pratiche, forum e incontri di chi gestisce insieme distretti e aree produttive.',
    lang: 'it',
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0a4d34',
    icons: [
      { src: '/brand/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/brand/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/brand/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  }
}
