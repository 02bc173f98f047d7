import { fork } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BotStateStorage } from '../../../../bot/infra/storage/botStateStorage';
import { DocumentStore, ETagConflictError } from '../../../../bot/infra/storage/documentStore';
import { tempDir } from '../../../support/tempDir';

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...jsonFiles(full));
    else if (entry.endsWith('.json')) out.push(full);
  }
  return out;
}

describe('DocumentStore', () => {
  it('round-trips documents across instances (real files on disk)', async () => {
    const dir = tempDir();
    await new DocumentStore<{ n: number }>(dir).put('conv/1', { n: 1 });
    const again = await new DocumentStore<{ n: number }>(dir).get('conv/1');
    expect(again?.value).toEqual({ n: 1 });
    expect(jsonFiles(dir)).toHaveLength(1);
  });

  it('rejects a write based on a stale eTag and keeps the newer value', async () => {
    const store = new DocumentStore<{ step: string }>(tempDir());
    const first = await store.put('k', { step: 'a' });
    await store.put('k', { step: 'b' }, first);
    await expect(store.put('k', { step: 'stale' }, first)).rejects.toBeInstanceOf(ETagConflictError);
    expect((await store.get('k'))?.value).toEqual({ step: 'b' });
  });

  it('lets exactly one of two concurrent writers with the same eTag win', async () => {
    const store = new DocumentStore<{ who: string }>(tempDir());
    const eTag = await store.put('k', { who: 'start' });
    const results = await Promise.allSettled([store.put('k', { who: 'A' }, eTag), store.put('k', { who: 'B' }, eTag)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });

  it('stores each key in its own file so a write never rewrites other conversations', async () => {
    const dir = tempDir();
    const store = new DocumentStore<{ i: number }>(dir);
    for (let i = 0; i < 20; i++) await store.put(`conversation-${i}`, { i });
    const files = jsonFiles(dir);
    expect(files).toHaveLength(20);
    const before = statSync(files[0]).mtimeMs;
    await store.put('conversation-new', { i: 99 });
    expect(statSync(files[0]).mtimeMs).toBe(before);
    let count = 0;
    for await (const _doc of store.all()) count++;
    expect(count).toBe(21);
  });

  it('survives kill -9 in the middle of a stream of writes: every file is whole JSON', async () => {
    const dir = tempDir();
    const child = fork(path.join(__dirname, 'writeForever.ts'), [dir], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    const acknowledged = await new Promise<number>((resolve) => {
      let last = 0;
      child.on('message', (m) => {
        last = Number(m);
        if (last >= 150) {
          child.kill('SIGKILL');
          resolve(last);
        }
      });
    });
    await new Promise((r) => child.once('exit', r));
    const files = jsonFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
    // Every write the child was told had finished is on disk.
    const store = new DocumentStore<{ seq: number }>(dir);
    const counter = await store.get('counter');
    expect(counter!.value.seq).toBeGreaterThanOrEqual(acknowledged);
  });
});

describe('BotStateStorage (botbuilder Storage)', () => {
  it('reads what it wrote with an eTag and rejects a stale eTag', async () => {
    const storage = new BotStateStorage(new DocumentStore(tempDir()));
    await storage.write({ 'directline/conversations/1': { dialogState: { step: 1 } } });
    const read = await storage.read(['directline/conversations/1', 'missing']);
    expect(Object.keys(read)).toEqual(['directline/conversations/1']);
    const item = read['directline/conversations/1'];
    expect(item.dialogState).toEqual({ step: 1 });
    expect(typeof item.eTag).toBe('string');
    await storage.write({ 'directline/conversations/1': { ...item, dialogState: { step: 2 } } });
    await expect(storage.write({ 'directline/conversations/1': { ...item, dialogState: { step: 3 } } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ 'directline/conversations/1': { dialogState: { step: 4 }, eTag: '*' } });
    expect((await storage.read(['directline/conversations/1']))['directline/conversations/1'].dialogState).toEqual({ step: 4 });
    await storage.delete(['directline/conversations/1']);
    expect(await storage.read(['directline/conversations/1'])).toEqual({});
  });
});
