import { defineConfig } from 'vitest/config';

/**
 * Three projects, all run by `npm test`: `unit` is the fast loop (models, nlp,
 * dialogs with in-memory ports: no sockets, no processes), `integration` is
 * HTTP, processes and real files, `browser` drives Debian's Chromium.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { DOTENV_CONFIG_QUIET: 'true' },
    projects: [
      {
        extends: true,
        // Pure code with in-memory ports: sharing the module cache between files saves loading natural and the models per file.
        test: { name: 'unit', include: ['test/models/**/*.test.ts', 'test/nlp/**/*.test.ts', 'test/dialogs/**/*.test.ts'], isolate: false },
      },
      { extends: true, test: { name: 'integration', include: ['test/bot/**/*.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'] } },
    ],
  },
});
