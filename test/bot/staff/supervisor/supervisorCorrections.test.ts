import { describe, expect, it } from 'vitest';
import { startTestApp, type RunningApp } from '../../../support/testApp';
import { parseCsv } from './csvReader';
import { signIn } from './staffSession';
import { POPULATION, seed } from './transcriptFixtures';

async function seeded(): Promise<RunningApp> {
  const running = await startTestApp();
  await seed(running.app.transcripts, POPULATION);
  // a2's borrower said "Not quite" to the first reading and picked another reason.
  await running.app.transcripts.append('directline', 'a2', [
    {
      at: '2026-11-21T10:02:30.000Z',
      speaker: 'bot',
      kind: 'decision',
      decision: { kind: 'reasons_confirmed', value: { reasons: ['illness'], temporary: true, improvesBy: null } },
    },
  ]);
  // a1's agent closed with a callback booked; a later complaint counts in the escalation chart.
  await running.app.transcripts.append('directline', 'a1', [
    {
      at: '2026-11-20T09:30:00.000Z',
      speaker: 'agent',
      agent: 'agent',
      kind: 'decision',
      decision: { kind: 'agent_closed', value: { agent: 'agent', disposition: 'callback_booked' } },
    },
    { at: '2026-11-20T09:31:00.000Z', speaker: 'bot', kind: 'decision', decision: { kind: 'complaint', value: {} } },
  ]);
  return running;
}

const keysOf = async (res: Response) => ((await res.json()).items as { key: string }[]).map((s) => s.key);

describe('supervisor: loan search, close outcome, corrected reasons, complaints, date range', () => {
  it('finds a loan however it was typed, and partial references; refuses a reference with no letters or digits', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    for (const typed of ['ln_a1', 'LN-A1', ' ln a1 ', 'LNA1']) {
      expect(await keysOf(await sup.get(`/api/supervisor/conversations?loan=${encodeURIComponent(typed)}`)), typed).toEqual(['directline:a1']);
    }
    expect((await keysOf(await sup.get('/api/supervisor/conversations?loan=ln_a'))).length).toBe(5);
    expect(await keysOf(await sup.get('/api/supervisor/conversations?loan=zz9'))).toEqual([]);
    const bad = await sup.get('/api/supervisor/conversations?loan=---');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/"loan"/);
  });

  it("shows the agent's close (outcome closed, disposition, who, when) in the list and both exports", async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    const list = await (await sup.get('/api/supervisor/conversations?loan=LN_a1')).json();
    expect(list.items[0]).toMatchObject({ outcome: 'closed', disposition: 'callback_booked', closedBy: 'agent', agentClosedAt: '2026-11-20T09:30:00.000Z' });
    expect(await keysOf(await sup.get('/api/supervisor/conversations?outcome=closed'))).toContain('directline:a1');
    const rows = parseCsv(await (await sup.get('/api/supervisor/export?format=csv&loan=a1')).text());
    const row = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
    expect(row).toMatchObject({ outcome: 'closed', disposition: 'callback_booked', closedBy: 'agent' });
    const json = await (await sup.get('/api/supervisor/export?format=json&loan=a1')).json();
    expect(json.conversations[0].summary).toMatchObject({ disposition: 'callback_booked', closedBy: 'agent' });
  });

  it('a borrower correction and a supervisor correction show the corrected reasons, the first reading superseded', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    const a2 = await (await sup.get('/api/supervisor/conversations/directline%3Aa2')).json();
    expect(a2.summary).toMatchObject({ reasons: ['illness'], reasonCorrection: { from: ['income_reduction'], by: 'borrower' } });
    expect(a2.entries.find((e: { decision?: { kind: string } }) => e.decision?.kind === 'reasons_confirmed').annotation.superseded).toBe(true);

    const put = await sup.send('PUT', '/api/supervisor/conversations/directline%3Aa1/reasons', {
      reasons: ['business_failure'],
      note: 'card 4111 1111 1111 1111',
    });
    expect(put.status).toBe(200);
    expect((await put.json()).summary).toMatchObject({
      reasons: ['business_failure'],
      reasonCorrection: { from: ['unemployment'], by: 'supervisor', supervisor: 'supervisor' },
    });
    const a1 = await (await sup.get('/api/supervisor/conversations/directline%3Aa1')).json();
    expect(a1.entries.at(-1).annotation.label).toBe('reasons corrected by supervisor supervisor: business_failure');
    expect(JSON.stringify(a1)).not.toContain('4111');
    const dashboard = await (await sup.get('/api/supervisor/dashboard')).json();
    expect(dashboard.reasons.find((c: { key: string }) => c.key === 'unemployment')).toBeUndefined();
    expect(dashboard.reasonCorrections).toEqual([
      { key: 'borrower', count: 1 },
      { key: 'supervisor', count: 1 },
    ]);
    const rows = parseCsv(await (await sup.get('/api/supervisor/export?format=csv&loan=a1')).text());
    const row = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
    expect(row).toMatchObject({ reasons: 'business_failure', reasonsFirstRead: 'unemployment', reasonsCorrectedBy: 'supervisor supervisor' });
    expect((await running.app.audit.read({ action: 'conversation.reasons_corrected' })).length).toBe(1);
  });

  it('refuses a bad correction (unknown reason, empty list, agent caller, unknown conversation)', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    const agent = await signIn(running.url, 'agent', 'agent-demo-pass');
    const path = '/api/supervisor/conversations/directline%3Aa1/reasons';
    expect((await sup.send('PUT', path, { reasons: ['lottery'] })).status).toBe(400);
    expect((await sup.send('PUT', path, { reasons: [] })).status).toBe(400);
    expect((await agent.send('PUT', path, { reasons: ['illness'] })).status).toBe(403);
    expect((await sup.send('PUT', '/api/supervisor/conversations/nope%3Ax/reasons', { reasons: ['illness'] })).status).toBe(404);
    expect((await sup.send('PUT', path, { reasons: ['illness'] }, false)).status).toBe(403);
  });

  it('counts complaints in escalations by reason, and reads the date range in the deployment zone (400 when invalid)', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    const all = await (await sup.get('/api/supervisor/dashboard')).json();
    expect(all.escalationsByReason).toContainEqual({ key: 'complaint', count: 1 });
    expect(all.escalated).toBe(2);
    // a5 starts 2026-11-23T09:30Z, a4 08:00Z: both 23 Nov in India; the range fills every day with a point.
    const ranged = await (await sup.get('/api/supervisor/dashboard?from=2026-11-22&to=2026-11-23')).json();
    expect(ranged.timeZone).toBe('Asia/Kolkata');
    expect(ranged.volumeByDay).toEqual([
      { key: '2026-11-22', count: 0 },
      { key: '2026-11-23', count: 2 },
    ]);
    for (const bad of ['from=2026-02-30', 'from=yesterday', 'from=2026-11-23&to=2026-11-22']) {
      const res = await sup.get(`/api/supervisor/dashboard?${bad}`);
      expect(res.status, bad).toBe(400);
      expect((await res.json()).error, bad).toMatch(/"from"/);
    }
  });
});
