import localFont from 'next/font/local'

/**
 * Titillium Web, the Designers Italia typeface, self-hosted from the npm package @fontsource/titillium-web (no
 * request leaves the site). next/font preloads it and gives the fallback font matched metrics, so the page does
 * not jump when the font arrives (layout shift).
 */
export const titillium = localFont({
  src: [
    { path: '../node_modules/@fontsource/titillium-web/files/titillium-web-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/titillium-web/files/titillium-web-latin-400-italic.woff2', weight: '400', style: 'italic' },
    { path: '../node_modules/@fontsource/titillium-web/files/titillium-web-latin-600-normal.woff2', weight: '600', style: 'normal' },
    { path: '../node_modules/@fontsource/titillium-web/files/titillium-web-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-titillium',
  display: 'swap',
  adjustFontFallback: 'Arial',
})
