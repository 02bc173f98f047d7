import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { AuditEntry, AuditFilter, AuditTrail } from './auditLog';

/** The digest that makes re-copying an entry (store:migrate) a no-op: same entry, same row. */
export function auditDigest(entry: AuditEntry): string {
  return createHash('sha256').update(JSON.stringify(entry)).digest('hex');
}

/**
 * The audit trail as rows of `audit_log`. A trigger refuses UPDATE, DELETE and
 * TRUNCATE on the table, so not even a bug in the product can rewrite it;
 * an append resolves only after its INSERT committed.
 */
export class PgAuditLog implements AuditTrail {
  constructor(
    private readonly pool: Pool,
    private readonly now = () => new Date(),
  ) {}

  async append(entry: Omit<AuditEntry, 'at'>): Promise<AuditEntry> {
    const full: AuditEntry = { at: this.now().toISOString(), ...entry };
    await this.insert(full);
    return full;
  }

  /** Stores an entry as it is (its own `at`); true when it was new. */
  async insert(full: AuditEntry): Promise<boolean> {
    const { rowCount } = await this.pool.query('INSERT INTO audit_log (at, digest, entry) VALUES ($1, $2, $3::jsonb) ON CONFLICT (digest) DO NOTHING', [
      full.at,
      auditDigest(full),
      JSON.stringify(full),
    ]);
    return rowCount === 1;
  }

  async read(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.actor) where.push(`entry->>'actor' = $${params.push(filter.actor)}`);
    if (filter.action) where.push(`starts_with(entry->>'action', $${params.push(filter.action)})`);
    if (filter.target) where.push(`entry->'targets' ? $${params.push(filter.target)}`);
    const { rows } = await this.pool.query<{ entry: AuditEntry }>(
      `SELECT entry FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT $${params.push(filter.limit ?? 500)}`,
      params,
    );
    return rows.map((r) => r.entry);
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_log');
    return Number(rows[0].n);
  }
}
