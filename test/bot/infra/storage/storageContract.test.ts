import { utimesSync } from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../../bot/infra/postgres/migrations';
import { pgBackend } from '../../../../bot/infra/postgres/pgBackend';
import { type DocumentStore, ETagConflictError } from '../../../../bot/infra/storage/documentStore';
import type { Documents, StorageBackend } from '../../../../bot/infra/storage/documents';
import { EmbeddedStore } from '../../../../bot/infra/storage/embeddedStore';
import { fileBackend } from '../../../../bot/infra/storage/fileBackend';
import { testSchema } from '../../../support/postgresSchema';
import { tempDir } from '../../../support/tempDir';

/** One backend under test: how to open it (again, on the same data), and how to make a document look old. */
interface Subject {
  open(): Promise<StorageBackend>;
  age(documents: Documents<unknown>, collection: string, key: string, at: Date): Promise<void>;
  close(): Promise<void>;
}

const schema = await testSchema();
afterAll(() => schema.drop());

function embedded(withJournal: boolean): () => Subject {
  return () => {
    const dir = tempDir();
    const engines: EmbeddedStore[] = [];
    return {
      open: async () => {
        if (!withJournal) return fileBackend(dir);
        const engine = await EmbeddedStore.open(dir);
        engines.push(engine);
        return fileBackend(dir, engine);
      },
      age: async (documents, _collection, key, at) => {
        // The file time is the document's age: compact the journal into the file first, then set it back.
        await documents.flush();
        utimesSync((documents as DocumentStore<unknown>).fileFor(key), at, at);
      },
      close: async () => void (await Promise.all(engines.map((e) => e.close()))),
    };
  };
}

function postgres(): Subject {
  const pools: pg.Pool[] = [];
  return {
    open: async () => {
      const pool = new pg.Pool({ connectionString: schema.url, max: 4 });
      pools.push(pool);
      await migrate(pool);
      return pgBackend(pool);
    },
    age: async (_documents, collection, key, at) => {
      await pools[0].query('UPDATE documents SET updated_at = $3 WHERE collection = $1 AND key = $2', [collection, key, at]);
    },
    close: async () => void (await Promise.all(pools.map((p) => p.end()))),
  };
}

const subjects: [string, () => Subject, boolean][] = [
  ['embedded, one fsync per write', embedded(false), false],
  ['embedded, group-committed journal', embedded(true), false],
  ['PostgreSQL', postgres, schema.unreachable !== null],
];

/**
 * The storage port's rules (bot/infra/storage/documents.ts), checked the same way on every backend, so the stores
 * written against it behave alike on STORE=lowdb and STORE=postgres.
 */
describe.each(subjects)('storage contract: %s', (_name, make, skip) => {
  let collectionNo = 0;
  const fresh = async <T>() => {
    const subject = make();
    const backend = await subject.open();
    const collection = `contract/${++collectionNo}`;
    return { subject, backend, collection, docs: backend.documents<T>(collection) };
  };

  it.skipIf(skip)('reads nothing for a missing key, reads back what it wrote, with a new eTag per write', async () => {
    const { subject, docs } = await fresh<{ n: number; text: string }>();
    try {
      expect(await docs.get('none')).toBeUndefined();
      const key = 'directline/conversations/abc|1/ünïcode';
      const first = await docs.put(key, { n: 1, text: 'नमस्ते "quoted" \\ back' });
      const second = await docs.put(key, { n: 2, text: 'two' });
      expect(second).not.toBe(first);
      expect(await docs.get(key)).toEqual({ key, eTag: second, value: { n: 2, text: 'two' } });
    } finally {
      await subject.close();
    }
  });

  it.skipIf(skip)('a put on a stale eTag is refused and keeps the newer value; "*" always writes; one of two racing writers wins', async () => {
    const { subject, docs } = await fresh<{ step: string }>();
    try {
      const a = await docs.put('k', { step: 'a' });
      await docs.put('k', { step: 'b' }, a);
      await expect(docs.put('k', { step: 'stale' }, a)).rejects.toBeInstanceOf(ETagConflictError);
      expect((await docs.get('k'))?.value).toEqual({ step: 'b' });
      await docs.put('k', { step: 'star' }, '*');
      expect((await docs.get('k'))?.value).toEqual({ step: 'star' });
      const eTag = (await docs.get('k'))!.eTag;
      const raced = await Promise.allSettled([docs.put('k', { step: 'A' }, eTag), docs.put('k', { step: 'B' }, eTag)]);
      expect(raced.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    } finally {
      await subject.close();
    }
  });

  it.skipIf(skip)('update is a read-modify-write nobody interleaves with; returning undefined writes nothing', async () => {
    const { subject, backend, collection, docs } = await fresh<{ n: number }>();
    try {
      // Two handles on the same collection, as two stores (or instances) would hold.
      const other = backend.documents<{ n: number }>(collection);
      await Promise.all(Array.from({ length: 25 }, (_, i) => (i % 2 ? docs : other).update('count', (c) => ({ n: (c?.n ?? 0) + 1 }))));
      expect((await docs.get('count'))?.value).toEqual({ n: 25 });
      const eTag = (await docs.get('count'))!.eTag;
      expect(await docs.update('count', () => undefined)).toEqual({ n: 25 });
      expect((await docs.get('count'))!.eTag).toBe(eTag);
      expect(await docs.update('missing', () => undefined)).toBeUndefined();
      expect(await docs.get('missing')).toBeUndefined();
    } finally {
      await subject.close();
    }
  });

  it.skipIf(skip)('update keeps any key and value byte for byte (quotes, backslashes, SQL); a change that throws writes nothing', async () => {
    const { subject, docs } = await fresh<{ text: string }>();
    try {
      const key = `o'brien\\"; DROP TABLE documents; --$$ नमस्ते`;
      const text = `it's \\' \\\\n "x" $$ E'\\x41' ); DELETE FROM documents; -- ✓ \u{1F600}`;
      expect(await docs.update(key, () => ({ text }))).toEqual({ text });
      expect(await docs.update(key, (current) => ({ text: `${current!.text}!` }))).toEqual({ text: `${text}!` });
      expect((await docs.get(key))?.value).toEqual({ text: `${text}!` });
      await expect(
        docs.update(key, () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect((await docs.get(key))?.value).toEqual({ text: `${text}!` });
      expect(await docs.update(key, (current) => current)).toEqual({ text: `${text}!` });
    } finally {
      await subject.close();
    }
  });

  it.skipIf(skip)('delete removes one key (a missing key is no error); all() lists exactly what is stored', async () => {
    const { subject, docs } = await fresh<{ i: number }>();
    try {
      for (let i = 0; i < 30; i++) await docs.put(`key/${i}`, { i });
      await docs.delete('key/7');
      await docs.delete('never-there');
      const listed: number[] = [];
      for await (const doc of docs.all()) listed.push(doc.value.i);
      expect(listed.sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i).filter((i) => i !== 7));
    } finally {
      await subject.close();
    }
  });

  it.skipIf(skip)('purgeOlderThan deletes what was last written before the cutoff and returns those keys only', async () => {
    const { subject, collection, docs } = await fresh<{ v: string }>();
    try {
      await docs.put('old', { v: 'old' });
      await docs.put('recent', { v: 'recent' });
      await subject.age(docs as Documents<unknown>, collection, 'old', new Date(Date.now() - 10 * 86_400_000));
      expect(await docs.purgeOlderThan(new Date(Date.now() - 86_400_000))).toEqual(['old']);
      expect(await docs.get('old')).toBeUndefined();
      expect((await docs.get('recent'))?.value).toEqual({ v: 'recent' });
    } finally {
      await subject.close();
    }
  });

  it.skipIf(skip)('what was written is there after reopening; a secret is made once and read back the same', async () => {
    const subject = make();
    try {
      const first = await subject.open();
      const secret = await first.secret('contract');
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(await first.secret('contract')).toEqual(secret);
      expect(await first.secret('another')).not.toEqual(secret);
      await first.documents<{ kept: boolean }>('contract/reopen').put('k', { kept: true });
      await first.documents('contract/reopen').flush();
      const again = await subject.open();
      expect(await again.secret('contract')).toEqual(secret);
      expect((await again.documents<{ kept: boolean }>('contract/reopen').get('k'))?.value).toEqual({ kept: true });
    } finally {
      await subject.close();
    }
  });
});
