import type { Pool, PoolClient } from 'pg';

/** Runs `work` in a transaction on one pooled connection: committed if it resolves, rolled back if it throws. */
export async function transaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch((rollbackErr: Error) => (broken = rollbackErr));
    throw err;
  } finally {
    // A connection that could not roll back is discarded, never handed to the next caller mid-transaction.
    client.release(broken);
  }
}
