/**
 * Starts a worker thread on a TypeScript module. A worker inherits neither tsx's loader (npm start runs tsx) nor
 * vitest's transform, so it registers tsx itself before importing the entry: the same call works in the server and
 * in the tests, and nothing is compiled ahead of time.
 */
import { Worker } from 'node:worker_threads';

export function startTypeScriptWorker(entry: URL): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true });
}
