// Lint also enforces the process boundaries: what the renderer, the shared contract and the
// Electron-free core may import.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*', 'fs', 'fs/promises', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'url', 'util',
  'stream', 'zlib', 'worker_threads', 'buffer', 'events',
];

const BARE = new Set(['electron', 'better-sqlite3', 'react', 'react-dom', 'antd', ...NODE_BUILTINS.filter((n) => !n.includes('*'))]);

/** Bare module names are matched exactly; relative-path globs as patterns. */
const restrict = (names, message) => {
  const paths = names.filter((n) => BARE.has(n)).map((name) => ({ name, message }));
  const group = names.filter((n) => !BARE.has(n));
  return {
    'no-restricted-imports': ['error', { paths, ...(group.length ? { patterns: [{ group, message }] } : {}) }],
  };
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // `import { z }` keeps all of zod in a bundle, its locales included; with `import * as z` the
    // bundlers keep only what is used (see build/build-server.mjs).
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'][importKind='value'] > ImportSpecifier",
          message: "Import zod as a namespace (import * as z from 'zod') so bundles keep only what is used.",
        },
      ],
    },
  },
  {
    // Only the Electron shell may import electron: everything else must run under plain Node.
    files: ['**/*.{ts,tsx}'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: restrict(['electron'], 'Only electron/main and electron/preload may import electron.'),
  },
  {
    files: ['electron/main/security.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Type imports only: tests load this module in Node.', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    languageOptions: { globals: { atob: 'readonly', btoa: 'readonly' } },
    rules: {
      ...restrict(
        [...NODE_BUILTINS, 'electron', 'better-sqlite3', 'react', 'react-dom', 'antd', '**/core/**', '**/db/**', '**/main/**', '**/server/**', '**/cli/**'],
        'electron/shared is imported by the renderer: no Node, Electron, DOM or backend imports.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...NODE_BUILTINS, 'electron', 'better-sqlite3', '**/electron/core/**', '**/electron/db/**', '**/electron/main/**', '**/electron/server/**', '**/electron/cli/**'],
        'The renderer talks to the backend only through the contract (electron/shared) and api/client.',
      ),
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/db/**/*.ts'],
    rules: restrict(['electron', 'react', 'react-dom', 'antd', '**/renderer/**', '**/server/**', '**/cli/**', '**/main/**'], 'Domain code stays free of UI and transports.'),
  },
);
