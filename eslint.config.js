// ESLint (flat config) for the page (web/, browser modules), the build tools (tools/, Node) and the
// end-to-end tests (e2e/, TypeScript, and the cross-engine run in e2e/engines/).
// The recommended rules plus a few that catch real mistakes; formatting is not ESLint's job here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'web/vendor/**', 'web/demo/**'] },
  js.configs.recommended,
  {
    files: ['web/**/*.{js,mjs}'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    // Tools run in Node and hand functions to the browser (Playwright's page.evaluate): both sets of globals.
    files: ['tools/**/*.{js,mjs}', 'tests/**/*.mjs', 'e2e/**/*.{js,mjs}', 'eslint.config.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['web/**/*.{js,mjs}', 'tools/**/*.{js,mjs}', 'e2e/**/*.{js,mjs}'],
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['e2e/**/*.ts', 'playwright.config.ts'] })),
  {
    files: ['e2e/**/*.ts', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // `guard` is a fixture that watches every request whether or not a test names it again.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^(_|guard$)', caughtErrors: 'none' }],
      // Tests read JSON the page and the engine hand back; the contract's types live in web/contract.d.ts.
      '@typescript-eslint/no-explicit-any': 'off',
      'prefer-const': 'error',
    },
  },
];
