import type { Pool } from 'pg';
import type { ClusterBus } from '../infra/cluster/clusterBus';
import { PgClusterBus } from '../infra/postgres/pgClusterBus';
import type { Logger } from '../infra/logger';
import { migrate } from '../infra/postgres/migrations';
import { openPool } from '../infra/postgres/pool';
import type { Config } from './config';
import { postgresFoundation, type StoreFoundation } from './storeFoundations';

/** STORE=postgres: the pool, the migrated schema, and what the app wires from them. */
export interface Database {
  pool: Pool;
  foundation: StoreFoundation;
  /** What the instances on this database tell each other (LISTEN/NOTIFY). */
  bus: ClusterBus;
  /** One round trip; rejects while the database is unreachable (the storage health probe). */
  probe: () => Promise<void>;
  close: () => Promise<void>;
}

export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const pool = openPool(config.DATABASE_URL!, log, config.DATABASE_POOL_SIZE);
  // A turn holds a connection for its conversation lock from start to end. Those come from a pool of their own, so
  // turns waiting for a lock can never take every connection the running turns need for their queries (a deadlock
  // until the connect timeout); a turn beyond DATABASE_TURN_LOCKS waits its turn, with a longer timeout.
  const locks = openPool(config.DATABASE_URL!, log, config.DATABASE_TURN_LOCKS, 30_000);
  let bus: ClusterBus;
  try {
    const applied = await migrate(pool);
    if (applied.length > 0) log.info({ applied }, 'postgres: migrations applied');
    bus = await PgClusterBus.open(pool, config.DATABASE_URL!, log);
  } catch (err) {
    await Promise.all([pool.end(), locks.end()]);
    throw err;
  }
  return {
    pool,
    foundation: postgresFoundation(pool, locks),
    bus,
    probe: async () => void (await pool.query('SELECT 1')),
    close: async () => {
      await bus.close();
      await Promise.all([pool.end(), locks.end()]);
    },
  };
}
