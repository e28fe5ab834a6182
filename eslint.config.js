// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, and what each may not import. A file matches exactly one `no-restricted-imports` block below (a
 * later block would replace an earlier one's options, not add to them), so each block lists all of its layer's
 * restrictions. test/lint/boundaries.test.ts lints an offending file for every entry.
 *
 *   shared/      runs anywhere: no Node, DOM, Electron, database or UI library; nothing outside shared/.
 *   renderer/    sandboxed page: no Node, Electron or database; never electron/ (the API client only).
 *   core         services, review, db, sample, csv and dispatch: `(ctx, input) => output`, unaware of how
 *                a call arrived, so no Electron, no network modules and no transport, shell or entry point.
 *   plain Node   transports, engine (worker threads), CLI, browser-mode server, the team folder's scheduler:
 *                they run without Electron, so neither `electron` nor the shell or an entry point that imports it.
 * Only electron/main.ts, electron/preload.ts and electron/shell/ may import `electron`.
 */

/**
 * Node's built-ins (with or without `node:`) and the database drivers: the main process's own. A regex on the
 * exact names, because a gitignore-style group such as `path` would also refuse a file named `./path`.
 */
const nodeAndDatabase = `^(node:.+|${builtinModules.join('|')}|better-sqlite3|drizzle-orm)(/.*)?$`;

/** UI libraries: they need a DOM (or React's renderer) and belong to renderer/. */
const uiLibraries = ['react', 'react-dom', 'zustand', 'wouter', 'chart.js', 'd3-*', '@radix-ui/*', '@tanstack/*'];

/**
 * `electron` and its subpaths (`electron/main`, `electron/renderer`), not folders named electron/.
 * @param {string} message
 */
const electronPackage = (message) => ({ regex: '^electron(/.*)?$', message });

/** Modules that open sockets: a transport's business, never a service's. */
const networkModules = ['http', 'https', 'http2', 'net', 'tls', 'dgram'].flatMap((m) => [m, `node:${m}`]);

/** The shell imports `electron`; the entry points compose everything. Importing either drags Electron in. */
const shellAndEntryPoints = [
  { group: ['**/shell', '**/shell/**'], message: 'electron/shell/ is Electron glue: only main.ts composes it.' },
  {
    regex: '(^|/)(main|preload)(\\.ts)?$',
    message: 'An entry point (main.ts, preload.ts, cli/main.ts, web/main.ts) composes modules; nothing imports it.',
  },
];

/** Files that hold the app's logic and must not know which transport carried a call. */
const coreFiles = [
  'electron/services/**/*.ts',
  'electron/review/**/*.ts',
  'electron/db/**/*.ts',
  'electron/sample/**/*.ts',
  'electron/csv/**/*.ts',
  'electron/dispatch.ts',
  'electron/event-bus.ts',
  'electron/workspace.ts',
  'electron/switchable-workspace.ts',
];

/** Files that run under plain Node (tsx, worker threads, the CLI) where `electron` does not exist. */
const plainNodeFiles = [
  'electron/transports/**/*.ts',
  'electron/engine/**/*.ts',
  'electron/cli/**/*.ts',
  'electron/web/**/*.ts',
  'electron/team-folder/**/*.ts',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      'native/',
      'test-results/',
      'migrations/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'electron/build/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: nodeAndDatabase,
              message: 'shared/ runs in both processes: no Node or database imports.',
            },
            electronPackage('shared/ runs in both processes: no Electron.'),
            {
              group: [...uiLibraries, '**/renderer', '**/renderer/**', '**/electron', '**/electron/**'],
              message: 'shared/ depends on nothing but itself and pure libraries.',
            },
          ],
        },
      ],
      // tsconfig.shared.json has no DOM or Node types; this says why at lint time, and covers plain JS too.
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement'].map(
          (name) => ({ name, message: 'shared/ runs outside the browser too: no DOM.' }),
        ),
        ...['process', 'Buffer', '__dirname', '__filename', 'require', 'global', 'setImmediate'].map((name) => ({
          name,
          message: 'shared/ runs in the renderer too: no Node globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: nodeAndDatabase,
              message: 'The renderer is sandboxed: reach the main process through the API client only.',
            },
            electronPackage('The renderer is sandboxed: reach the main process through the API client only.'),
            {
              group: ['**/electron', '**/electron/**'],
              message: 'The renderer never imports electron/: use shared/api.ts through renderer/api/client.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: coreFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: networkModules.map((name) => ({
            name,
            message: 'Services know nothing of transports: sockets belong in electron/transports/.',
          })),
          patterns: [
            electronPackage('Services run under plain Node too (CLI, browser mode, workers): no Electron.'),
            {
              group: ['**/transports', '**/transports/**', '**/web', '**/web/**'],
              message: 'Services know nothing of transports: a transport calls dispatch, never the other way.',
            },
            ...shellAndEntryPoints,
          ],
        },
      ],
    },
  },
  {
    files: plainNodeFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronPackage(
              'This runs under plain Node (tsx, worker threads, the CLI), where electron does not exist.',
            ),
            ...shellAndEntryPoints,
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
