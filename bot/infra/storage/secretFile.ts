import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileDurably } from './durableJsonFile';

/**
 * A random secret created once per data directory (mode 0600), so signed
 * tokens and cookies survive restarts without anyone having to configure one.
 */
export async function loadOrCreateSecret(dataDir: string, name: string): Promise<Buffer> {
  const file = path.join(dataDir, `${name}.secret`);
  try {
    const existing = Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'base64');
    if (existing.length >= 32) return existing;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const secret = randomBytes(32);
  await writeFileDurably(file, secret.toString('base64'));
  await fs.chmod(file, 0o600);
  return secret;
}
