import { createHash } from 'node:crypto';
import path from 'node:path';

/** Where `key`'s document lives under a store's directory: sharded by a hash of the key, so no directory grows large. */
export function documentFile(dir: string, key: string): string {
  const hash = createHash('sha256').update(key).digest('hex');
  return path.join(dir, hash.slice(0, 2), `${hash.slice(2, 40)}.json`);
}
