import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../../../models/loanBook/syntheticLoanBook';
import { textOf } from '../../../support/intakeConversation';
import { messagesBorrower } from '../../../support/messagesBorrower';
import { startTestApp, type RunningApp } from '../../../support/testApp';
import { testSchema } from '../../../support/postgresSchema';

const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;
const schema = await testSchema();

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
    await schema.drop();
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
