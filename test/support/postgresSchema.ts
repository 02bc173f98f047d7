import pg from 'pg';

const BASE = process.env.FORBEAR_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestSchema {
  /** Why PostgreSQL tests cannot run here (null: they can). */
  unreachable: string | null;
  /** DATABASE_URL for a fresh schema of the test database, used by nothing else. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh schema on the local test database. With no database answering the
 * caller skips and this says why; under CI=true (which has PostgreSQL) a
 * missing database fails the run instead.
 */
export async function testSchema(): Promise<TestSchema> {
  const schema = `forbear_test_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const run = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: BASE, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query(sql);
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  const unreachable = await run(`CREATE SCHEMA ${schema}`).then(
    () => null,
    (error: Error) => error.message,
  );
  if (unreachable) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required under CI=true: ${unreachable}`);
    console.log(`PostgreSQL tests skipped: no database answers at ${BASE} (${unreachable})`);
  }
  return { unreachable, url: `${BASE}?options=-c%20search_path%3D${schema}`, drop: () => run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}
