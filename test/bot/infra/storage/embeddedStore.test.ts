import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../../bot/infra/storage/documentStore';
import { EmbeddedStore, type EmbeddedStoreOptions } from '../../../../bot/infra/storage/embeddedStore';
import { unframe } from '../../../../bot/infra/storage/journal';
import { tempDir } from '../../../support/tempDir';

const open: EmbeddedStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close().catch(() => undefined)));
});

async function engineIn(dir: string, options: EmbeddedStoreOptions = {}) {
  const engine = await EmbeddedStore.open(dir, options);
  open.push(engine);
  const store = <T>(name: string) => new DocumentStore<T>(path.join(dir, name), engine);
  return { engine, store };
}

const journalRecords = (dir: string): string[] =>
  readdirSync(path.join(dir, 'journal'))
    .sort()
    .flatMap((f) => unframe(readFileSync(path.join(dir, 'journal', f), 'utf8')));

describe('EmbeddedStore (journal, group commit, compaction)', () => {
  it('commits the writes that arrive together in one journal record batch and serves them before compaction', async () => {
    const dir = tempDir();
    const { store } = await engineIn(dir);
    const docs = store<{ n: number }>('docs');
    await Promise.all(Array.from({ length: 50 }, (_, n) => docs.put(`k${n}`, { n })));
    expect(journalRecords(dir)).toHaveLength(50);
    expect((await docs.get('k7'))?.value).toEqual({ n: 7 });
    // Not yet compacted: the document's own file does not exist.
    expect(existsSync(docs.fileFor('k7'))).toBe(false);
  });

  it('one unit of work is one journal record, atomically, and its reads see its own writes', async () => {
    const dir = tempDir();
    const { engine, store } = await engineIn(dir);
    const [state, transcript] = [store<{ step: number }>('state'), store<{ lines: string[] }>('transcripts')];
    await engine.run(async () => {
      await state.put('c1', { step: 1 });
      await transcript.update('c1', (t) => ({ lines: [...(t?.lines ?? []), 'hello'] }));
      await transcript.update('c1', (t) => ({ lines: [...(t?.lines ?? []), 'again'] }));
      expect((await state.get('c1'))?.value).toEqual({ step: 1 });
    });
    const records = journalRecords(dir);
    expect(records).toHaveLength(1);
    expect(JSON.parse(records[0]).w.map((w: unknown[]) => w[0])).toEqual(['state', 'transcripts']);
    expect((await transcript.get('c1'))?.value.lines).toEqual(['hello', 'again']);
  });

  it('holds what a unit wrote until it commits, so a read-modify-write from elsewhere waits instead of losing it', async () => {
    const { engine, store } = await engineIn(tempDir());
    const cases = store<{ status: string; notes: string[] }>('cases');
    await cases.put('C-1', { status: 'queued', notes: [] });
    let release!: () => void;
    const turn = engine.run(async () => {
      await cases.update('C-1', (c) => ({ ...c!, notes: [...c!.notes, 'from the turn'] }));
      await new Promise<void>((r) => (release = r));
    });
    await new Promise((r) => setTimeout(r, 20));
    const claim = cases.update('C-1', (c) => ({ ...c!, status: 'assigned' }));
    await new Promise((r) => setTimeout(r, 20));
    expect((await cases.get('C-1'))?.value.status).toBe('queued');
    release();
    await Promise.all([turn, claim]);
    expect((await cases.get('C-1'))?.value).toEqual({ status: 'assigned', notes: ['from the turn'] });
  });

  it('a checkpoint commits what the unit wrote so far and the unit goes on', async () => {
    const dir = tempDir();
    const { engine, store } = await engineIn(dir);
    const docs = store<{ v: string }>('docs');
    await engine.run(async () => {
      await docs.put('a', { v: 'before the reply' });
      await engine.checkpoint();
      expect(journalRecords(dir)).toHaveLength(1);
      await docs.put('b', { v: 'after' });
    });
    expect(journalRecords(dir)).toHaveLength(2);
  });

  it('replays a journal left without a clean close, then compacts it into the lowdb files and empties it', async () => {
    const dir = tempDir();
    const first = await EmbeddedStore.open(dir);
    const docs = new DocumentStore<{ n: number }>(path.join(dir, 'docs'), first);
    for (let n = 0; n < 5; n++) await docs.put('counter', { n });
    await docs.put('gone', { n: -1 });
    await docs.delete('gone');
    // No close: as after kill -9, only the journal has the writes.
    const { engine, store } = await engineIn(dir);
    const again = store<{ n: number }>('docs');
    expect((await again.get('counter'))?.value).toEqual({ n: 4 });
    expect(await again.get('gone')).toBeUndefined();
    await engine.flush();
    expect(readdirSync(path.join(dir, 'journal'))).toHaveLength(1); // the fresh, empty active segment
    expect(journalRecords(dir)).toHaveLength(0);
    expect(JSON.parse(readFileSync(again.fileFor('counter'), 'utf8')).value).toEqual({ n: 4 });
    expect(existsSync(again.fileFor('gone'))).toBe(false);
  });

  it('lists documents from the files and from the journal, newest version once', async () => {
    const dir = tempDir();
    const { engine, store } = await engineIn(dir);
    const docs = store<{ v: number }>('docs');
    await docs.put('old', { v: 1 });
    await engine.flush();
    await docs.put('old', { v: 2 });
    await docs.put('new', { v: 3 });
    const all: Record<string, number> = {};
    for await (const doc of docs.all()) all[doc.key] = doc.value.v;
    expect(all).toEqual({ old: 2, new: 3 });
  });

  it('deleting a document that does not exist writes nothing and waits for nobody', async () => {
    const dir = tempDir();
    const { engine, store } = await engineIn(dir);
    const locks = store<{ failures: number }>('identity-locks');
    let finish!: () => void;
    const other = engine.run(async () => {
      await locks.put('loan:LN_1', { failures: 1 });
      await new Promise<void>((r) => (finish = r));
    });
    await new Promise((r) => setTimeout(r, 10));
    await locks.delete('loan:LN_2');
    expect(journalRecords(dir)).toHaveLength(0);
    finish();
    await other;
  });
  it('compaction keeps up while turns keep the event loop busy: the writer does not wait on the loop file by file', async () => {
    const dir = tempDir();
    const { engine, store } = await engineIn(dir, { sealEveryMs: 3_600_000 });
    const docs = store<{ n: number; padding: string }>('docs');
    await Promise.all(Array.from({ length: 100 }, (_, n) => docs.put(`k${n}`, { n, padding: 'x'.repeat(2_000) })));
    // Each turn of the loop is 20 ms of CPU, as when 50 conversations are being answered at once.
    let turns = 0;
    let flushed = false;
    const compacted = engine.flush().then(() => (flushed = true));
    while (!flushed && turns < 1_000) {
      const until = performance.now() + 20;
      while (performance.now() < until);
      turns++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await compacted;
    // Written from the main thread, two at a time and six steps each, 100 files took at least 300 turns of the loop
    // (a loaded server's compaction fell minutes behind); here it is the disk's time, 100 fsyncs, not the loop's.
    expect(turns).toBeLessThan(300);
    expect(readdirSync(path.join(dir, 'journal'))).toHaveLength(1);
    expect(JSON.parse(readFileSync(docs.fileFor('k99'), 'utf8')).value).toMatchObject({ n: 99 });
  });
});
