// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    // Browser pages: plain scripts with the DOM as their world.
    files: ['bot/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
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
      },
    },
  },
);
