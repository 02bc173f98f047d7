import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndexSnapshot, writeIndexSnapshot } from '../../../../bot/casework/transcripts/indexSnapshot';
import { emptySummary } from '../../../../bot/casework/transcripts/summarize';

const file = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'forbear-index-')), 'transcripts-index.jsonl');
const line = (i: number) => [emptySummary(`directline:c${i}`, 'directline', `c${i}`, '2026-03-02T10:00:00.000Z'), ` words of ₹${i} `] as const;

describe('the transcript index snapshot', () => {
  it('reads back every line it wrote, however many read chunks they span', async () => {
    const f = file();
    const lines = Array.from({ length: 5_000 }, (_, i) => line(i));
    await writeIndexSnapshot(f, lines);
    // Several of the 64 KB chunks it is read in.
    expect(readFileSync(f).length).toBeGreaterThan(256 * 1024);
    expect(await readIndexSnapshot(f)).toEqual(lines.map((l) => [...l]));
  });

  it('is absent when there is no file, and an empty store writes one that reads back empty', async () => {
    const f = file();
    expect(await readIndexSnapshot(f)).toBeUndefined();
    await writeIndexSnapshot(f, []);
    expect(await readIndexSnapshot(f)).toEqual([]);
  });

  it('is not trusted without its end line, cut inside the end line, with a torn line, or with lines after the end', async () => {
    const f = file();
    await writeIndexSnapshot(f, [line(1), line(2)]);
    const whole = readFileSync(f, 'utf8');
    for (const broken of [
      whole.slice(0, whole.indexOf('"end"')),
      whole.slice(0, -1),
      whole.replace('"conversationId"', '"conversat'),
      `${whole}${JSON.stringify(line(3))}\n`,
    ]) {
      writeFileSync(f, broken);
      expect(await readIndexSnapshot(f)).toBeUndefined();
    }
  });
});
