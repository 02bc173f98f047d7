import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { documentFile } from './documentFile';
import type { CompactionItem } from './overlay';

/*
 * The writer runs on its own thread with synchronous calls: on the main thread
 * each file took six trips through an event loop that a busy server keeps
 * saturated with turns, so compaction fell minutes behind the journal and every
 * uncompacted document stayed in memory (the server's RSS grew with the number
 * of conversations). Plain JavaScript, so it runs the same under tsx and vitest.
 * Temp names match writeFileDurably's (the start-up sweep removes leftovers);
 * the thread id keeps them apart from the main thread's.
 */
const WRITER = `
const { parentPort, threadId } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
let counter = 0;
const syncDirectory = (dir) => {
  const fd = fs.openSync(dir, 'r');
  try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
};
const writeDurably = (file, text) => {
  const tmp = path.join(path.dirname(file), '.' + path.basename(file) + '.' + process.pid + '.' + threadId + '0' + ++counter + '.tmp');
  const fd = fs.openSync(tmp, 'w');
  try { fs.writeFileSync(fd, text, 'utf8'); fs.fdatasyncSync(fd); } finally { fs.closeSync(fd); }
  try { fs.renameSync(tmp, file); } catch (err) { fs.rmSync(tmp, { force: true }); throw err; }
};
parentPort.on('message', (files) => {
  try {
    const dirs = new Set();
    for (const { file, raw } of files) {
      const dir = path.dirname(file);
      if (raw === null) fs.rmSync(file, { force: true });
      else {
        fs.mkdirSync(dir, { recursive: true });
        writeDurably(file, raw);
      }
      dirs.add(dir);
      parentPort.postMessage({ written: true });
    }
    for (const dir of dirs) {
      try { syncDirectory(dir); } catch (err) { if (err.code !== 'ENOENT') throw err; }
    }
    parentPort.postMessage({ done: true });
  } catch (err) {
    parentPort.postMessage({ error: { message: String(err && err.message), code: err && err.code } });
  }
});
`;

type WriterMessage = { written: true } | { done: true } | { error: { message: string; code?: string } };

/**
 * Copies document versions into their lowdb files under `root`: each through
 * a temp file, fdatasync and rename (deletes remove the file), then every
 * directory touched is fsynced once. When `write` resolves, every item is
 * durably in its file. One batch at a time (the engine compacts one segment
 * at a time).
 */
export class Compactor {
  private worker: Worker | undefined;

  constructor(private readonly root: string) {}

  write(items: CompactionItem[], onFile: () => void): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    const worker = (this.worker ??= new Worker(WRITER, { eval: true }));
    worker.ref();
    const files = items.map(({ store, key, entry }) => ({ file: documentFile(path.join(this.root, store), key), raw: entry.raw }));
    return new Promise<void>((resolve, reject) => {
      const settle = (error?: Error) => {
        worker.off('message', onMessage);
        worker.off('error', onCrash);
        worker.unref();
        if (error) reject(error);
        else resolve();
      };
      const onMessage = (message: WriterMessage) => {
        if ('written' in message) onFile();
        else if ('done' in message) settle();
        else settle(Object.assign(new Error(message.error.message), { code: message.error.code }));
      };
      const onCrash = (error: Error) => {
        this.worker = undefined;
        settle(error);
      };
      worker.on('message', onMessage);
      worker.on('error', onCrash);
      worker.postMessage(files);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
