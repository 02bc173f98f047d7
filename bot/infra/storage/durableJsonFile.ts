import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Adapter } from 'lowdb';

let tmpCounter = 0;

export class StoreCorruptError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`Store file ${file} is not valid JSON (${(cause as Error).message}); restore it from backup or remove it`);
    this.name = 'StoreCorruptError';
  }
}

/**
 * Writes `data` to `file` so that a crash at any instant leaves either the old
 * or the new content, never a mix, and a resolved promise means the bytes are
 * on disk. lowdb's own JSONFile renames a temp file too but never fsyncs, so an
 * acknowledged write could still vanish on power loss.
 */
export async function writeFileDurably(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${++tmpCounter}.tmp`);
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await syncDirectory(dir);
}

export async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A lowdb adapter with crash-safe, fsynced writes (see writeFileDurably). */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly file: string) {}

  async read(): Promise<T | null> {
    const text = await this.readText();
    return text === null ? null : this.parse(text);
  }

  /** The file's text (null when there is no file); `parse` it. */
  async readText(): Promise<string | null> {
    try {
      return await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  parse(text: string): T {
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw new StoreCorruptError(this.file, err);
    }
  }

  async write(data: T): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileDurably(this.file, JSON.stringify(data));
  }
}
