import { promises as fs } from 'node:fs';
import path from 'node:path';
import { syncDirectory } from '../../infra/storage/durableJsonFile';
import type { ConversationSummary } from './transcriptRecord';

type IndexLine = readonly [ConversationSummary, string];

/** The snapshot's lines ([summary, search text] each), or undefined when there is none (first start, or after a crash). */
export async function readIndexSnapshot(file: string): Promise<IndexLine[] | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const lines = text.split('\n');
  // The last line is written last: without it the snapshot is incomplete and the transcripts are read instead.
  if (lines.at(-1) !== '' || lines.at(-2) !== '"end"') return undefined;
  try {
    return lines.slice(0, -2).map((line) => JSON.parse(line) as IndexLine);
  } catch {
    return undefined;
  }
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
