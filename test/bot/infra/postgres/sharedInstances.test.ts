import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../../../models/loanBook/syntheticLoanBook';
import { textOf } from '../../../support/intakeConversation';
import { messagesBorrower } from '../../../support/messagesBorrower';
import { testSchema } from '../../../support/postgresSchema';
import { StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';
import { tempDir } from '../../../support/tempDir';

const schema = await testSchema();
afterAll(() => schema.drop());

describe.skipIf(schema.unreachable !== null)('instances sharing PostgreSQL, behind a load balancer without affinity', () => {
  const env = { STORE: 'postgres', DATABASE_URL: schema.url };

  it('a console signed in on A works on B; signing out on B signs it out on A; a restart keeps it signed in', async () => {
    const [a, b] = await Promise.all([startTestApp(env), startTestApp(env)]);
    const onA = await StaffClient.signIn(a.url, 'supervisor');
    const onB = Object.assign(new StaffClient(b.url), { cookie: onA.cookie, csrf: onA.csrf });
    expect((await onB.get('/api/auth/me')).json.user).toMatchObject({ name: 'supervisor', role: 'supervisor' });
    // The CSRF token travels with the session: a state-changing call on B needs the one A issued.
    expect((await onB.call('POST', '/api/auth/logout', undefined, { csrf: 'forged' })).status).toBe(403);

    await a.app.close();
    const a2 = await startTestApp(env);
    const onA2 = Object.assign(new StaffClient(a2.url), { cookie: onA.cookie, csrf: onA.csrf });
    expect((await onA2.get('/api/auth/me')).status).toBe(200);

    expect((await onB.post('/api/auth/logout')).status).toBe(200);
    expect((await onA2.get('/api/auth/me')).status).toBe(401);
    expect((await onB.get('/api/auth/me')).status).toBe(401);
  });

  it('instances starting together, and one restarting, purge expired conversations once between them', async () => {
    const own = await testSchema();
    try {
      const fresh = { STORE: 'postgres', DATABASE_URL: own.url };
      const [a, b, c] = await Promise.all([startTestApp(fresh), startTestApp(fresh), startTestApp(fresh)]);
      const purges = async () => (await a.app.audit.read({ action: 'retention.purge' })).length;
      await expect.poll(purges, { timeout: 5000 }).toBe(1);
      await c.app.close();
      await startTestApp(fresh);
      await b.app.close();
      await new Promise((r) => setTimeout(r, 500));
      expect(await purges()).toBe(1);
    } finally {
      await own.drop();
    }
  });

  it('the database holds a digest of the session id, never the cookie value', async () => {
    const a = await startTestApp(env);
    const signedIn = await StaffClient.signIn(a.url, 'agent');
    const cookieValue = decodeURIComponent(signedIn.cookie.split('=')[1]);
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: schema.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ key: string; value: unknown }>("SELECT key, value FROM documents WHERE collection LIKE '%staff-sessions%'");
      expect(rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(rows)).not.toContain(cookieValue);
    } finally {
      await client.end();
    }
  });

  it('instances need no local disk: two share one DATA_DIR path that is never created, and a policy change is audited once', async () => {
    const own = await testSchema();
    try {
      const fresh = { STORE: 'postgres', DATABASE_URL: own.url };
      const nowhere = path.join(tempDir(), 'never-created');
      const a = await startTestApp(fresh, nowhere);
      const b = await startTestApp(fresh, nowhere);
      const medium = DEMO_BORROWERS.find((x) => x.expectedBand === 'medium')!;
      const say = messagesBorrower(a.url, 'pg-diskless', 'borrower-diskless');
      expect(textOf(await say('hello', a.url))).toMatch(/Would you like to continue/);
      expect(textOf(await say('yes', b.url))).toMatch(/loan reference/);
      expect(textOf(await say(medium.loanId, a.url))).toMatch(/date of birth|last four/i);
      expect(textOf(await say(medium.phoneLast4, b.url))).toMatch(/verified/);
      await a.app.close();
      const c = await startTestApp(fresh, nowhere);
      await b.app.close();
      expect(existsSync(nowhere)).toBe(false);
      // The versions the last start loaded are a row every instance reads: the first start audits them, no later one does.
      expect(await c.app.audit.read({ action: 'policy.change' })).toHaveLength(1);
      expect(await c.app.audit.read({ action: 'model.change' })).toHaveLength(1);
    } finally {
      await own.drop();
    }
  });
});
