import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../support/testApp';
import { parseCsv } from './csvReader';
import { borrowerReachingArrangement } from './scriptedBorrowers';
import { signIn } from './staffSession';

describe('arrangements export for the servicing system', () => {
  it('lists agreed arrangements as JSON or CSV by date, audited, for supervisors only', async () => {
    const { url, app } = await startTestApp();
    await borrowerReachingArrangement(url);
    const [saved] = await (async () => {
      const all = [];
      for await (const a of app.arrangements.all()) all.push(a);
      return all;
    })();

    const supervisor = await signIn(url, 'supervisor', 'supervisor-demo-pass');
    const json = await (await supervisor.get('/api/supervisor/arrangements')).json();
    expect(json.count).toBe(1);
    expect(json.items[0]).toMatchObject({
      reference: saved.reference,
      loanId: 'LN_90002',
      planId: saved.plan.id,
      channel: 'directline',
      status: 'live',
      replacedBy: '',
    });
    expect(json.items[0].schedule).toContain(`${saved.schedule[0].dueDate} ${saved.schedule[0].amount.toFixed(2)}`);

    const csv = await supervisor.get('/api/supervisor/arrangements?format=csv');
    expect(csv.headers.get('content-disposition')).toMatch(/forbear-arrangements-\d{4}-\d{2}-\d{2}\.csv/);
    const [header, row] = parseCsv(await csv.text());
    expect(row[header.indexOf('reference')]).toBe(saved.reference);
    expect(Number(row[header.indexOf('monthlyPayment')])).toBe(saved.plan.monthlyPayment);

    const day = saved.createdAt.slice(0, 10);
    expect((await (await supervisor.get(`/api/supervisor/arrangements?from=${day}&to=${day}`)).json()).count).toBe(1);
    expect((await (await supervisor.get('/api/supervisor/arrangements?to=2000-01-01')).json()).count).toBe(0);
    expect((await supervisor.get('/api/supervisor/arrangements?from=yesterday')).status).toBe(400);
    expect((await supervisor.get('/api/supervisor/arrangements?format=xml')).status).toBe(400);

    const exports = await app.audit.read({ action: 'arrangement.export' });
    expect(exports.length).toBeGreaterThanOrEqual(3);
    expect(exports.some((e) => e.targets?.includes(saved.reference))).toBe(true);

    const agent = await signIn(url, 'agent', 'agent-demo-pass');
    expect((await agent.get('/api/supervisor/arrangements')).status).toBe(403);
    expect((await fetch(`${url}/api/supervisor/arrangements`)).status).toBe(401);
  });
});
