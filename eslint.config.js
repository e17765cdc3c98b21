// Type-aware lint with the import boundaries of shared/design/architecture.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerConfig } from './scripts/lint/motive-layers.js';

const impure = [
  'dexie',
  'dexie-react-hooks',
  'react',
  'react-dom',
  'wxt',
  'wxt/*',
  '#imports',
  '@webext-core/*',
  '@tanstack/*',
];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      '.output',
      '.wxt',
      '.data',
      'node_modules',
      'test-results',
      'public',
      'docs',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Page text is data, never markup.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text is data, never markup.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Imports go down the layers only (shell -> features -> kernel -> lib), and no folders import
  // each other in a circle (scripts/lint/motive-layers.js, proven by its test).
  layerConfig,
  // lib/domain and lib/playbook are pure: data in, data out.
  {
    files: ['lib/domain/**/*.ts', 'lib/playbook/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      [
        ...impure,
        '**/lib/db/**',
        '**/lib/sync/**',
        '**/lib/browser/**',
        '**/lib/messaging/**',
        '../db/*',
        '../sync/*',
        '../browser/*',
        '../messaging/*',
        'node:*',
      ],
      'lib/domain is pure: no browser, Dexie, React or network.',
    ),
  },
  // Content scripts run in host pages: no Dexie (IndexedDB there is the page's), no zod, no React.
  {
    files: ['entrypoints/*.content/**/*.ts', 'entrypoints/*.content.ts', 'lib/sites/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      [
        'dexie',
        'dexie-react-hooks',
        'zod',
        'zod/*',
        'react',
        'react-dom',
        '**/lib/db/**',
        '**/lib/sync/**',
        '@/lib/db/*',
        '@/lib/sync/*',
      ],
      'Content scripts never open Dexie and ship no zod or React.',
    ),
  },
  // lib/evidence turns detections into evidence rows and writes them through lib/db: no
  // browser, React, network, page readers or sync engine.
  {
    files: ['lib/evidence/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      [
        'react',
        'react-dom',
        'wxt',
        'wxt/*',
        '#imports',
        '@webext-core/*',
        '@tanstack/*',
        '**/lib/sync/**',
        '**/lib/browser/**',
        '**/lib/sites/**',
        '**/components/**',
        '**/entrypoints/**',
      ],
      'lib/evidence sits on lib/domain and lib/db only.',
    ),
  },
  // The panel UI reads through hooks; it never calls fetch or lib/sync directly.
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: restrict(
      ['**/lib/sync/engine*', '@/lib/sync/engine*', 'hono', 'hono/*', 'pg'],
      'The panel talks to the background, not to the network.',
    ),
  },
  // The server imports only the wire protocol and domain schemas from the extension.
  {
    files: ['server/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      [
        '**/lib/db/**',
        '**/lib/browser/**',
        '**/lib/messaging/**',
        '**/lib/sites/**',
        '**/components/**',
        '**/entrypoints/**',
        'wxt',
        'wxt/*',
        'dexie',
        'react',
      ],
      'server/ may import lib/sync/protocol and domain schemas only.',
    ),
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
