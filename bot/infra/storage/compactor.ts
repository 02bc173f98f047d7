import { promises as fs } from 'node:fs';
import path from 'node:path';
import { documentFile } from './documentFile';
import { syncDirectory, writeFileDurably } from './durableJsonFile';
import type { CompactionItem } from './overlay';

/**
 * Copies document versions into their lowdb files under `root`: each through
 * a temp file, fdatasync and rename (deletes remove the file), `concurrency`
 * at a time, then every directory touched is fsynced once. When it resolves,
 * every item is durably in its file.
 */
export async function writeDocuments(
  root: string,
  items: CompactionItem[],
  options: { concurrency: number; madeDirs: Set<string>; onFile: () => void },
): Promise<void> {
  const dirs = new Set<string>();
  let next = 0;
  const worker = async () => {
    for (let item = items[next++]; item; item = items[next++]) {
      const file = documentFile(path.join(root, item.store), item.key);
      const dir = path.dirname(file);
      if (item.entry.raw === null) {
        await fs.rm(file, { force: true });
      } else {
        if (!options.madeDirs.has(dir)) await fs.mkdir(dir, { recursive: true });
        options.madeDirs.add(dir);
        await writeFileDurably(file, item.entry.raw, { syncDirectory: false });
      }
      dirs.add(dir);
      options.onFile();
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  for (const dir of dirs) {
    await syncDirectory(dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }
}
