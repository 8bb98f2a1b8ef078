// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/.work/', 'examples/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Rules that need the types: a promise nobody awaits loses its error, and a
    // condition the types say is always true hides a type that is too narrow.
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'error',
    },
  },
  // A module longer than a screenful or five does more than one thing.
  { files: ['src/**'], rules: { 'max-lines': ['error', { max: 300 }] } },
  { files: ['bin/**', 'scripts/**', 'bench/**'], rules: { 'no-console': 'off' } },
  // The site's own scripts run in the browser, as classic scripts (they must work from file://).
  { files: ['site-assets/**/*.js'], languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', location: 'readonly', EventSource: 'readonly', URLSearchParams: 'readonly' } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
);
