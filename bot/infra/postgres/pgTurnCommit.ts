import { AsyncLocalStorage } from 'node:async_hooks';
import type { Pool } from 'pg';
import type { TurnCommit } from '../../../models/ports/turnCommit';
import { KeyedMutex } from '../storage/keyedMutex';
import { LOCK_SPACE } from './locks';

/**
 * The PostgreSQL TurnCommit. Every document write is already its own
 * committed statement, so there is nothing to batch or checkpoint; what a
 * turn needs is exclusion: turns on one conversation run one at a time across
 * every instance, under an advisory lock on the conversation
 * key (botbuilder saves state with eTag '*', so without it two instances would
 * each overwrite the other's turn). It is a session lock, taken and released
 * in one round trip each (no BEGIN/COMMIT: the turn's writes are committed by
 * their own statements, before the unlock). The lock goes with the
 * connection, so a killed instance never leaves one behind, and a connection
 * whose unlock failed is discarded rather than pooled with the lock still on.
 * Turns queue in process first, so waiting turns do not each hold a pooled
 * connection.
 */
export class PgTurnCommit implements TurnCommit {
  private readonly local = new KeyedMutex();
  private readonly inside = new AsyncLocalStorage<true>();

  constructor(private readonly pool: Pool) {}

  async run<T>(work: () => Promise<T>, options: { serializeOn?: string } = {}): Promise<T> {
    // An agent's hand-back runs the bot inside the agent's turn: it joins it.
    if (this.inside.getStore()) return work();
    const key = options.serializeOn;
    if (!key) return this.inside.run(true, work);
    return this.local.run(key, async () => {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      const call = (fn: 'pg_advisory_lock' | 'pg_advisory_unlock') =>
        client.query(`SELECT ${fn}($1, hashtext($2))`, [LOCK_SPACE.turns, key]).catch((err: Error) => {
          broken = err;
          throw err;
        });
      try {
        await call('pg_advisory_lock');
        try {
          return await this.inside.run(true, work);
        } finally {
          await call('pg_advisory_unlock');
        }
      } finally {
        client.release(broken);
      }
    });
  }

  async checkpoint(): Promise<void> {}
}
