// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Paths a layer must never import, so the layers stay what the README says they are. */
const nodeAndElectron = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'electron',
  'better-sqlite3',
  'drizzle-orm',
  'drizzle-orm/*',
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
              group: nodeAndElectron,
              message: 'shared/ runs in both processes: no Node, Electron or database imports.',
            },
            {
              group: ['react', 'react-dom', 'zustand', '**/renderer/**', '**/electron/**'],
              message: 'shared/ depends on nothing but itself and pure libraries.',
            },
          ],
        },
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
              group: nodeAndElectron,
              message: 'The renderer is sandboxed: reach the main process through the API client only.',
            },
            {
              group: ['**/electron/**'],
              message: 'The renderer never imports electron/: use shared/api.ts through renderer/api/client.ts.',
            },
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
