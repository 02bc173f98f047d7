import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../../../models/loanBook/syntheticLoanBook';
import { textOf } from '../../../support/intakeConversation';
import { messagesBorrower } from '../../../support/messagesBorrower';
import { startTestApp, type RunningApp } from '../../../support/testApp';
import { testSchema } from '../../../support/postgresSchema';

const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;
const schema = await testSchema();
afterAll(() => schema.drop());

describe.skipIf(schema.unreachable !== null)('two bot instances on one PostgreSQL database', () => {
  const env = { STORE: 'postgres', DATABASE_URL: schema.url };
  let a: RunningApp;
  let b: RunningApp;

  beforeAll(async () => {
    // Started together: the migrations run once, under the advisory lock, without racing.
    [a, b] = await Promise.all([startTestApp(env), startTestApp(env)]);
  });

  afterAll(async () => {
    await Promise.all([a?.app.close(), b?.app.close()]);
  });

  it('both see one loan book, one set of staff accounts, and report the database ready', async () => {
    expect(a.app.loanBook.size()).toBe(60);
    expect(b.app.loanBook.size()).toBe(60);
    for (const { url } of [a, b]) expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('one conversation alternating between the instances keeps every step', async () => {
    const say = messagesBorrower(a.url, 'pg-conversation-1', 'borrower-pg');
    expect(textOf(await say('hello', a.url))).toMatch(/Would you like to continue/);
    expect(textOf(await say('yes', b.url))).toMatch(/loan reference/);
    expect(textOf(await say(MEDIUM.loanId, a.url))).toMatch(/date of birth|last four/i);
    expect(textOf(await say(MEDIUM.phoneLast4, b.url))).toMatch(/verified/);
  });

  it('the audit log written on one instance is read on the other, and the database refuses to change it', async () => {
    await a.app.audit.append({ actor: 'test', action: 'pg.check' });
    expect(await b.app.audit.read({ action: 'pg.check' })).toHaveLength(1);
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      await expect(client.query("UPDATE audit_log SET actor = 'someone else'")).rejects.toThrow();
      await expect(client.query('DELETE FROM audit_log')).rejects.toThrow();
    } finally {
      await client.end();
    }
  });
});

describe.skipIf(schema.unreachable !== null)('two instances racing on one conversation', () => {
  const env = { STORE: 'postgres', DATABASE_URL: schema.url };

  async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }

  /** Every borrower line of every stored transcript, in transcript order, straight from the database. */
  async function storedBorrowerLines(): Promise<string[]> {
    const rows = await query<{ value: { entries: { speaker: string; text?: string }[] } }>("SELECT value FROM documents WHERE collection = 'transcripts'");
    return rows.flatMap((r) => r.value.entries.filter((e) => e.speaker === 'borrower' && e.text).map((e) => e.text!));
  }

  /**
   * How many answers the open prompt has counted, from the saved conversation state: botbuilder adds one
   * per turn to the state it loaded, so a turn that read a state another instance was still changing shows
   * up as a count short of the turns sent (BotState saves with eTag '*': last writer wins).
   */
  async function promptAttempts(): Promise<number> {
    const [row] = await query<{ attempts: string }>(
      "SELECT substring(value::text from '\"attemptCount\": ?([0-9]+)') AS attempts FROM documents WHERE collection = 'state' AND key LIKE '%/conversations/pg-race/'",
    );
    return Number(row.attempts);
  }

  it('turns sent to both at once are all kept, each once; turns sent one after another stay in order', async () => {
    const [a, b] = await Promise.all([startTestApp(env), startTestApp(env)]);
    const say = messagesBorrower(a.url, 'pg-race', 'borrower-race');
    await say('hello');
    const burst = Array.from({ length: 30 }, (_, i) => `burst ${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`);
    await Promise.all(burst.map((text, i) => say(text, i % 2 ? b.url : a.url)));
    const paced = Array.from({ length: 12 }, (_, i) => `paced ${String.fromCharCode(97 + i)}`);
    for (const [i, text] of paced.entries()) await say(text, i % 2 ? b.url : a.url);

    const lines = await storedBorrowerLines();
    for (const text of burst)
      expect(
        lines.filter((l) => l === text),
        text,
      ).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('paced '))).toEqual(paced);
    expect(await promptAttempts()).toBe(burst.length + paced.length);
  });
});

describe.skipIf(schema.unreachable !== null)('more conversations at once than database connections', () => {
  it('every turn is answered: a turn waiting for its conversation lock never holds the connections other turns need', async () => {
    const { url } = await startTestApp({ STORE: 'postgres', DATABASE_URL: schema.url, DATABASE_POOL_SIZE: '2' });
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => messagesBorrower(url, `pg-crowd-${i}`, `borrower-crowd-${i}`)('hello')));
    for (const reply of replies) expect(textOf(reply)).toMatch(/Would you like to continue/);
  });
});
