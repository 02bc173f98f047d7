import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The agent console and supervisor pages live beside this file. */
export const STAFF_PAGES_DIR = path.dirname(fileURLToPath(import.meta.url));

export function staffPage(name: string): string {
  return path.join(STAFF_PAGES_DIR, name);
}
