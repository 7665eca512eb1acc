// Lint, including the import boundaries of DESIGN.md: each part may import only what the
// table "Parts and layout" allows. The compiler enforces the platform side (shared/ is
// checked without DOM or Node types); these rules enforce the folder side.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import featureDoors from './scripts/lint/feature-doors.js';

const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins are not available here.' };
const electronOnly = { group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron.' };
const uiLibs = {
  group: [
    'react',
    'react-*',
    'react/*',
    'antd',
    'antd/*',
    '@ant-design/*',
    'dexie',
    'dexie-*',
    'zustand',
    'zustand/*',
  ],
  message: 'UI and IndexedDB libraries belong to renderer/.',
};
const serverLibs = {
  group: ['fastify', '@fastify/*', 'pg', '@electric-sql/*'],
  message: 'Server libraries belong to server/.',
};
const folder = (name, message) => ({ group: [`**/${name}/**`, `**/${name}`], message });
const noRenderer = folder('renderer', 'renderer/ is the UI; share code through shared/.');
const noElectron = folder('electron', 'electron/ is the desktop shell; share code through shared/.');
const noServer = folder('server', 'server/ is the sync server; share code through shared/.');

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        // Root config files belong to no part's tsconfig; lint them with default options.
        projectService: { allowDefaultProject: ['*.config.ts', '*.config.js', 'scripts/lint/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [nodeBuiltins, electronOnly, uiLibs, serverLibs, noRenderer, noElectron, noServer] },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'indexedDB',
          'navigator',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({
          name,
          message: 'shared/ is pure: pass what you need in.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'street-desk': featureDoors },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'street-desk/feature-doors': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [nodeBuiltins, electronOnly, serverLibs, noElectron, noServer] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [uiLibs, serverLibs, noRenderer, noServer] }],
    },
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [uiLibs, electronOnly, noRenderer, noElectron] }],
    },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // Unit tests and the test-only helpers next to the code they test.
    // They may set up another feature's data through its inner modules: front doors carry UI,
    // which a Node test cannot load, and tests do not ship.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-globals': 'off', 'street-desk/feature-doors': 'off' },
  },
);
