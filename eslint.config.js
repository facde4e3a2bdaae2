// Lint rules that also keep the architecture: who may import what (see README "Layout").
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const sdkOnlyInNet = {
  paths: [{ name: '@colyseus/sdk', message: 'Only client/net may talk to the server.' }],
}

/** Types only from shared/protocol (its values pull in zod, 50 kB the visitor would download). */
const zodOutOfClient = {
  group: ['**/shared/protocol', '**/shared/content', 'zod'],
  allowTypeImports: true,
  message: 'Import values from shared/protocolNames: zod stays out of the client bundle.',
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    ignores: ['client/net/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...sdkOnlyInNet,
          patterns: [
            { group: ['**/server/**'], message: 'The client never imports server code.' },
            zodOutOfClient,
          ],
        },
      ],
    },
  },
  {
    files: ['client/net/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [zodOutOfClient] }] },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/client/**'], message: 'The server never imports client code.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/client/**'], message: 'shared/ stands alone.' },
            {
              group: ['node:*', 'three', 'react', '@react-three/*'],
              message: 'shared/ is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bench/**/*.ts', 'server/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
)
