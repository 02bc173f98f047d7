import { fork } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../../bot/infra/storage/documentStore';
import { EmbeddedStore } from '../../../../bot/infra/storage/embeddedStore';
import { tempDir } from '../../../support/tempDir';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? jsonFiles(full) : entry.endsWith('.json') ? [full] : [];
  });
}

/** Runs the writer from `first` and kills it with SIGKILL as soon as compaction has written a file after `after` acknowledged bursts. */
async function runAndKill(dir: string, first: number, after: number): Promise<number> {
  const child = fork(path.join(__dirname, 'compactForever.ts'), [dir, String(first)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const last = await new Promise<number>((resolve) => {
    let acknowledged = first - 1;
    child.on('message', (m: { acknowledged?: number; compaction?: string }) => {
      if (m.acknowledged !== undefined) acknowledged = m.acknowledged;
      if (m.compaction === 'file-written' && acknowledged >= first + after) {
        child.kill('SIGKILL');
        resolve(acknowledged);
      }
    });
  });
  await new Promise((r) => child.once('exit', r));
  return last;
}

describe('kill -9 during compaction', () => {
  it('loses no acknowledged write and leaves no torn file, however often it is killed mid-compaction', async () => {
    const dir = tempDir();
    let next = 1;
    let acknowledged = 0;
    for (let round = 0; round < 3; round++) {
      acknowledged = await runAndKill(dir, next, 30);
      // Killed with a sealed segment still in the journal: compaction had started and not finished.
      expect(readdirSync(path.join(dir, 'journal')).length).toBeGreaterThanOrEqual(2);
      for (const file of jsonFiles(path.join(dir, 'docs'))) expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
      next = acknowledged + 1;
    }
    // Every acknowledged burst is there after replay: the counter and the last write of each document.
    const engine = await EmbeddedStore.open(dir);
    const docs = new DocumentStore<{ seq: number }>(path.join(dir, 'docs'), engine);
    expect((await docs.get('counter'))!.value.seq).toBeGreaterThanOrEqual(acknowledged);
    const missing: number[] = [];
    for (let seq = 1; seq <= acknowledged; seq++) if (!(await docs.get(`once-${seq}`))) missing.push(seq);
    expect(missing).toEqual([]);
    for (let seq = acknowledged; seq > acknowledged - 15; seq--) {
      for (let i = 0; i < 20; i++) expect((await docs.get(`doc-${(seq * 20 + i) % 300}`))!.value.seq).toBeGreaterThanOrEqual(seq);
    }
    // Compacting what was replayed leaves the files with the same values and an empty journal.
    await engine.close();
    const files = new DocumentStore<{ seq: number }>(path.join(dir, 'docs'));
    expect((await files.get('counter'))!.value.seq).toBeGreaterThanOrEqual(acknowledged);
    expect(readdirSync(path.join(dir, 'journal')).map((f) => statSync(path.join(dir, 'journal', f)).size)).toEqual([0]);
  });
});
