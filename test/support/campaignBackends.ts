import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe } from 'vitest';
import { DocumentCampaignStore } from '../../bot/casework/outreach/documentCampaignStore';
import { PgCampaignStore } from '../../bot/casework/outreach/pgCampaignStore';
import { migrate } from '../../bot/infra/postgres/migrations';
import { pgBackend } from '../../bot/infra/postgres/pgBackend';
import { within, type StorageBackend } from '../../bot/infra/storage/documents';
import { fileBackend } from '../../bot/infra/storage/fileBackend';
import type { CampaignStore } from '../../models/ports/campaigns';
import { testSchema } from './postgresSchema';

/** A fresh store for one test: documents for the sweeps' ledgers and the campaigns' rows. */
export type OpenCampaignBackend = () => Promise<{ backend: StorageBackend; store: CampaignStore }>;

/**
 * `tests` on the embedded documents and, when a database answers (always under CI=true), on PostgreSQL, each test on
 * its own collections and campaign rows. Call it at the top of a test file, with await.
 */
export async function onEveryCampaignStore(title: string, tests: (open: OpenCampaignBackend) => void): Promise<void> {
  describe(`${title} (embedded documents)`, () => {
    tests(async () => {
      const backend = fileBackend(mkdtempSync(path.join(tmpdir(), 'campaign-store-')));
      return { backend, store: new DocumentCampaignStore(backend) };
    });
  });

  const schema = await testSchema();
  const pools: pg.Pool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await schema.drop();
  });
  describe.skipIf(schema.unreachable !== null)(`${title} on PostgreSQL`, () => {
    let n = 0;
    tests(async () => {
      const pool = new pg.Pool({ connectionString: schema.url, max: 3 });
      pools.push(pool);
      await migrate(pool);
      // The schema is this file's own, shared by its tests: each starts on empty campaign rows and collections of its own.
      await pool.query('DELETE FROM outreach_sends; DELETE FROM outreach_suppressions');
      return { backend: within(pgBackend(pool), `t${++n}`), store: new PgCampaignStore(pool) };
    });
  });
}
