// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What a page script may use besides its own code: the browser's and its classic scripts' globals. */
const BROWSER_GLOBALS = {
  window: 'readonly',
  document: 'readonly',
  fetch: 'readonly',
  console: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  setInterval: 'readonly',
  clearInterval: 'readonly',
  EventSource: 'readonly',
  URLSearchParams: 'readonly',
  location: 'readonly',
  localStorage: 'readonly',
  sessionStorage: 'readonly',
  Chart: 'readonly',
  WebChat: 'readonly',
  Intl: 'readonly',
  navigator: 'readonly',
  Notification: 'readonly',
  Audio: 'readonly',
  history: 'readonly',
  Blob: 'readonly',
  URL: 'readonly',
  FormData: 'readonly',
  alert: 'readonly',
  confirm: 'readonly',
  Node: 'readonly',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'test-results/', 'models/artifacts/', '**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // One concept per file: a file that outgrows this is two concepts.
      'max-lines': ['error', { max: 250 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // Command-line tools and benchmarks talk to a terminal.
    files: ['scripts/**', 'bench/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Browser pages: the DOM is their world. One concept per file here too.
    files: ['bot/**/*.js'],
    languageOptions: { sourceType: 'script', globals: BROWSER_GLOBALS },
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    // The staff pages are ES modules (`<script type="module">`) sharing staff.js; Chart.js stays a classic script.
    files: ['bot/staff/pages/*.js'],
    languageOptions: { sourceType: 'module' },
  },
);
