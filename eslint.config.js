// ESLint (flat config) for the page (web/, browser modules), the build tools (tools/, Node) and the
// cross-engine run (e2e/engines/, Node, with code it sends to the browser).
// The recommended rules plus a few that catch real mistakes; formatting is not ESLint's job here.
import js from '@eslint/js';
import globals from 'globals';

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
];
