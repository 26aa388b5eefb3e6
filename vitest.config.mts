import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = {
  '@': path.resolve(import.meta.dirname),
  // Server modules import 'server-only' to keep them out of the browser; in tests they run in Node.
  'server-only': path.resolve(import.meta.dirname, 'tests/server-only-stub.ts'),
  // Commands call revalidatePath, which needs a Next request; tests record the calls instead.
  'next/cache': path.resolve(import.meta.dirname, 'tests/next-cache-stub.ts'),
  // next-intl's navigation imports 'next/navigation' without the extension Node's ESM resolver needs.
  'next/navigation': path.resolve(import.meta.dirname, 'node_modules/next/navigation.js'),
  // …and its middleware 'next/server' (proxy.ts's unit test).
  'next/server': path.resolve(import.meta.dirname, 'node_modules/next/server.js'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'messages/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          server: { deps: { inline: ['next-intl'] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'data',
          include: ['tests/data/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/data/global-setup.ts'],
          // Processed by Vite, so that the aliases above apply inside next-intl too.
          server: { deps: { inline: ['next-intl'] } },
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
