import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { syncDirectory } from '../../infra/storage/durableJsonFile';
import type { ConversationSummary } from './transcriptRecord';

type IndexLine = readonly [ConversationSummary, string];

/**
 * The snapshot's lines ([summary, search text] each), or undefined when there is none (first start, or after a crash).
 * Read in chunks, a line at a time: reading the whole file as one string left a server started on 50,000 stored
 * conversations about 37 MB larger for good (the 31 MB string, its lines and the heap grown to hold them).
 */
export async function readIndexSnapshot(file: string): Promise<IndexLine[] | undefined> {
  const lines: IndexLine[] = [];
  let rest = '';
  let ended = false;
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
      const parts = `${rest}${chunk as string}`.split('\n');
      rest = parts.pop()!;
      for (const part of parts) {
        // The last line is written last: without it the snapshot is incomplete and the transcripts are read instead.
        if (ended) return undefined;
        if (part === '"end"') ended = true;
        else lines.push(JSON.parse(part) as IndexLine);
      }
    }
  } catch (err) {
    if (err instanceof SyntaxError || (err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return ended && rest === '' ? lines : undefined;
}

/** Written in chunks, fsynced, renamed into place: a snapshot is whole or absent. */
export async function writeIndexSnapshot(file: string, entries: IndexLine[]): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await fs.open(tmp, 'w');
  try {
    for (let i = 0; i < entries.length; i += 2_000) {
      await handle.write(
        entries
          .slice(i, i + 2_000)
          .map((e) => `${JSON.stringify(e)}\n`)
          .join(''),
      );
    }
    await handle.write('"end"\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
  await syncDirectory(path.dirname(file));
}

export async function removeIndexSnapshot(file: string): Promise<void> {
  await fs.rm(file, { force: true });
  await syncDirectory(path.dirname(file));
}
