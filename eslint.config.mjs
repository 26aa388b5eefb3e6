// Lint: TypeScript, React hooks, Next's rules, and the layers of the code base as import rules:
//   lib/ is pure (shared by browser and server) · only server/ reaches the database · a route's _components are
//   private to that route and the routes below it · commands are called through their area's actions or queries.
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'
import nextPlugin from '@next/eslint-plugin-next'
import reactHooks from 'eslint-plugin-react-hooks'

const noDatabase = {
  group: ['@/server/db', '@/server/db/*'],
  message: 'Only server/ reaches the database: add a query to the area under server/.',
}
const noOtherRoutesPrivateUi = {
  // Going up and then down into another folder's _components: that UI is private to its route.
  regex: '^(\\.\\./)+[^.][^/]*/(.*/)?_components/',
  message: "A route's _components are private to it: move what is shared to components/.",
}
const noAppImports = { group: ['@/app/*'], message: 'Nothing outside app/ depends on a route.' }

export default defineConfig(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'server/db/generated/**',
      'data/**',
      '.tmp/**',
      'next-env.d.ts',
      'playwright-report/**',
      'test-results/**',
      'e2e/.auth/**',
    ],
  },
  tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  {
    plugins: { '@next/next': nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs['core-web-vitals'].rules },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports', disallowTypeAnnotations: false }],
      'no-restricted-imports': ['error', { patterns: [noOtherRoutesPrivateUi] }],
    },
  },
  {
    files: ['app/**', 'proxy.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDatabase, noOtherRoutesPrivateUi] }] },
  },
  {
    files: ['components/**', 'i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDatabase, noOtherRoutesPrivateUi, noAppImports] }] },
  },
  {
    files: ['server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noAppImports] }] },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noAppImports,
            {
              group: ['@/server/*', 'server-only', '@/components/*'],
              message: 'lib/ is pure code shared by browser and server: no server, no UI.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests, scripts and the seed set up data directly.
    files: ['tests/**', 'scripts/**', 'e2e/**', '**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // CommonJS files loaded by Next or Node outside the bundle (the cache handler, script preloads).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
