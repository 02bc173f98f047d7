import pg from 'pg';
import type { Logger } from '../logger';

/**
 * A connection pool on DATABASE_URL. Idle connections that the server drops
 * (restart, failover) are reported, not fatal: the pool reconnects on the next
 * query, and the database health check keeps /readyz honest meanwhile.
 */
export function openPool(url: string, log: Logger, max = 10, connectionTimeoutMillis = 5_000): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis, idleTimeoutMillis: 30_000 });
  pool.on('error', (err) => log.warn({ err: { message: err.message, code: (err as { code?: string }).code } }, 'postgres: idle connection lost'));
  return pool;
}
