import type { Pool } from 'pg';
import { LOCK_SPACE } from './locks';

/**
 * The schema, as numbered steps applied once each, in order. Never edit a step
 * that has shipped: add the next one.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, secrets, loans, audit log',
    sql: `
      CREATE TABLE documents (
        collection text NOT NULL,
        key text NOT NULL,
        etag text NOT NULL,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (collection, key)
      );
      CREATE INDEX documents_updated ON documents (collection, updated_at);
      CREATE TABLE secrets (name text PRIMARY KEY, value bytea NOT NULL);
      CREATE TABLE loans (loan_id text PRIMARY KEY, record jsonb NOT NULL);
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        digest text NOT NULL UNIQUE,
        entry jsonb NOT NULL
      );
      CREATE INDEX audit_log_at ON audit_log (at DESC);
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
      END $$;
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
    `,
  },
  {
    version: 2,
    name: 'cluster events',
    sql: `
      CREATE TABLE cluster_events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        origin text NOT NULL,
        topic text NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX cluster_events_at ON cluster_events (at);
    `,
  },
  {
    version: 3,
    name: 'idle timers',
    sql: `
      CREATE TABLE idle_timers (
        key text PRIMARY KEY,
        reference jsonb NOT NULL,
        last_at timestamptz NOT NULL,
        reminded boolean NOT NULL DEFAULT false,
        lease_until timestamptz
      );
      CREATE INDEX idle_timers_last_at ON idle_timers (last_at);
    `,
  },
  {
    version: 4,
    name: 'outreach campaigns and send ledger',
    sql: `
      CREATE TABLE outreach_campaigns (id text PRIMARY KEY, created_at timestamptz NOT NULL, value jsonb NOT NULL);
      CREATE TABLE outreach_sends (
        key text PRIMARY KEY,
        campaign_id text NOT NULL,
        state text NOT NULL,
        send_at timestamptz,
        lease_until timestamptz,
        message_id text UNIQUE,
        value jsonb NOT NULL
      );
      CREATE INDEX outreach_sends_due ON outreach_sends (send_at) WHERE state = 'queued';
      CREATE INDEX outreach_sends_campaign ON outreach_sends (campaign_id);
      CREATE TABLE outreach_suppressions (
        key text NOT NULL,
        rule text NOT NULL,
        campaign_id text NOT NULL,
        value jsonb NOT NULL,
        PRIMARY KEY (key, rule)
      );
      CREATE INDEX outreach_suppressions_campaign ON outreach_suppressions (campaign_id);
      CREATE TABLE outreach_flags (loan_id text PRIMARY KEY, value jsonb NOT NULL);
    `,
  },
];

/**
 * Applies the steps not yet applied, in one transaction holding an advisory
 * lock: instances starting together queue on the lock, and the second finds
 * the work done. Returns the versions this call applied.
 */
export async function migrate(pool: Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK_SPACE.migrations]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const step of MIGRATIONS) {
      if (done.has(step.version)) continue;
      await client.query(step.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
      applied.push(step.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
