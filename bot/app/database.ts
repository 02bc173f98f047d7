import type { Pool } from 'pg';
import type { Logger } from '../infra/logger';
import { migrate } from '../infra/postgres/migrations';
import { openPool } from '../infra/postgres/pool';
import type { Config } from './config';
import { postgresFoundation, type StoreFoundation } from './storeFoundations';

/** STORE=postgres: the pool, the migrated schema, and what the app wires from them. */
export interface Database {
  pool: Pool;
  foundation: StoreFoundation;
  /** One round trip; rejects while the database is unreachable (the storage health probe). */
  probe: () => Promise<void>;
  close: () => Promise<void>;
}

export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const pool = openPool(config.DATABASE_URL!, log, config.DATABASE_POOL_SIZE);
  try {
    const applied = await migrate(pool);
    if (applied.length > 0) log.info({ applied }, 'postgres: migrations applied');
  } catch (err) {
    await pool.end();
    throw err;
  }
  return {
    pool,
    foundation: postgresFoundation(pool),
    probe: async () => void (await pool.query('SELECT 1')),
    close: () => pool.end(),
  };
}
