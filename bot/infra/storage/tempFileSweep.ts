import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';

/** The temp files writeFileDurably leaves behind when a process dies between create and rename. */
const TEMP_FILE = /^\..+\.\d+\.\d+\.tmp$/;

/**
 * Removes leftover temp files under `dir` (call with the data directory
 * locked, so no live writer owns them). Returns how many went.
 */
export async function sweepTempFiles(dir: string): Promise<number> {
  let removed = 0;
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) removed += await sweepTempFiles(full);
    else if (entry.isFile() && TEMP_FILE.test(entry.name)) {
      await fs.rm(full, { force: true });
      removed++;
    }
  }
  return removed;
}
