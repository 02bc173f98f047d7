import type { Pool } from 'pg';
import { LOCK_SPACE } from './locks';
import { transaction } from './transaction';

/**
 * Serialises turns on one conversation across every instance on the database:
 * a transaction-scoped advisory lock on the conversation key is held while the
 * turn loads, changes and saves its state. botbuilder saves state with eTag
 * '*', so without this two instances would each overwrite the other's turn.
 * The lock goes with the connection, so a killed instance never leaves one behind.
 */
export function pgTurnLock(pool: Pool): <T>(key: string, work: () => Promise<T>) => Promise<T> {
  return (key, work) =>
    transaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_SPACE.turns, key]);
      return work();
    });
}
