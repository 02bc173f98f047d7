import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../bot/casework/audit/auditLog';
import { CSV_COLUMNS } from '../../../../bot/staff/supervisor/exportFormats';
import { startTestApp, type RunningApp } from '../../../support/testApp';
import { parseCsv } from './csvReader';
import { signIn } from './staffSession';
import { POPULATION, seed } from './transcriptFixtures';

async function seeded(): Promise<RunningApp> {
  const running = await startTestApp();
  await seed(running.app.transcripts, POPULATION);
  return running;
}

const auditOf = async (running: RunningApp, action: string): Promise<AuditEntry[]> => running.app.audit.read({ action });
const keyPath = (key: string) => `/api/supervisor/conversations/${encodeURIComponent(key)}`;

describe('supervisor API access', () => {
  it('refuses callers without a session (401) and agents (403) on every route', async () => {
    const running = await seeded();
    const agent = await signIn(running.url, 'agent', 'agent-demo-pass');
    const paths = [
      '/api/supervisor/conversations',
      keyPath('directline:a1'),
      `${keyPath('directline:a1')}/review`,
      '/api/supervisor/export?format=csv',
      '/api/supervisor/dashboard',
      '/api/supervisor/audit',
      '/api/supervisor/options',
    ];
    for (const path of paths) {
      expect((await fetch(`${running.url}${path}`)).status, path).toBe(401);
      const refused = await agent.get(path);
      expect(refused.status, path).toBe(403);
      expect((await refused.json()).error).toMatch(/supervisor/);
    }
    expect((await agent.send('PUT', `${keyPath('directline:a1')}/review`, { score: 5 })).status).toBe(403);
    expect(await auditOf(running, 'conversation.')).toEqual([]);
  });
});

describe('supervisor API', () => {
  it('lists with filters, newest first, with paging and 400 for a bad filter', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    const all = await (await sup.get('/api/supervisor/conversations')).json();
    expect(all.total).toBe(5);
    expect(all.items.map((s: { conversationId: string }) => s.conversationId)).toEqual(['a5', 'a4', 'a3', 'a2', 'a1']);
    const escalatedHigh = await (await sup.get('/api/supervisor/conversations?escalated=true&band=high')).json();
    expect(escalatedHigh.items.map((s: { key: string }) => s.key)).toEqual(['directline:a1']);
    const paged = await (await sup.get('/api/supervisor/conversations?limit=2&offset=2')).json();
    expect(paged).toMatchObject({ total: 5, offset: 2, limit: 2 });
    expect(paged.items.map((s: { conversationId: string }) => s.conversationId)).toEqual(['a3', 'a2']);
    const bad = await sup.get('/api/supervisor/conversations?band=purple');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/"band"/);
    expect(await auditOf(running, 'conversation.search')).toEqual([]);
  });

  it('full-text search finds words in the transcript and is audited with the query and the keys returned', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    const found = await (await sup.get('/api/supervisor/conversations?q=PLANT%20job')).json();
    expect(found.items.map((s: { key: string }) => s.key)).toEqual(['directline:a1']);
    const agentWords = await (await sup.get('/api/supervisor/conversations?q=help%20from%20here')).json();
    expect(agentWords.items.map((s: { key: string }) => s.key).sort()).toEqual(['directline:a1', 'directline:a4']);
    const none = await (await sup.get('/api/supervisor/conversations?q=plant%20illness')).json();
    expect(none.total).toBe(0);
    const searches = await auditOf(running, 'conversation.search');
    expect(searches).toHaveLength(3);
    expect(searches.at(-1)).toMatchObject({ actor: 'supervisor', role: 'supervisor', targets: ['directline:a1'], detail: { query: 'PLANT job', total: 1 } });
  });

  it('the audited search query is redacted', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    await sup.get(`/api/supervisor/conversations?q=${encodeURIComponent('4111 1111 1111 1111')}`);
    const [entry] = await auditOf(running, 'conversation.search');
    expect(JSON.stringify(entry)).not.toContain('4111');
  });

  it('shows a transcript with decision annotations inline and audits the view', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    const res = await sup.get(keyPath('directline:a1'));
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.summary).toMatchObject({ key: 'directline:a1', band: 'high', escalated: true, agent: 'agent' });
    const labels = doc.entries.filter((e: { kind: string }) => e.kind === 'decision').map((e: { annotation: { label: string } }) => e.annotation.label);
    expect(labels).toContain('risk: high 0.81 — 2 missed payments raised the risk');
    expect(labels.some((l: string) => l.startsWith('escalated: high_risk'))).toBe(true);
    expect(doc.entries.some((e: { speaker: string; agent?: string }) => e.speaker === 'agent' && e.agent === 'agent')).toBe(true);
    const views = await auditOf(running, 'conversation.view');
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actor: 'supervisor', targets: ['directline:a1'] });
    expect((await sup.get(keyPath('directline:nope'))).status).toBe(404);
    expect(await auditOf(running, 'conversation.view')).toHaveLength(1);
  });

  it('exports the filtered set as CSV and JSON, audited with the keys', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    const csvRes = await sup.get('/api/supervisor/export?format=csv&outcome=arrangement');
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csvRes.headers.get('content-disposition')).toMatch(/attachment; filename="forbear-conversations-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parseCsv(await csvRes.text());
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const keyColumn = CSV_COLUMNS.indexOf('key');
    expect(rows.slice(1).map((r) => r[keyColumn])).toEqual(['whatsapp:a3', 'directline:a2']);
    expect(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('planType')])).toEqual(['deferral', 'arrears_plan']);

    const json = await (await sup.get('/api/supervisor/export?format=json')).json();
    expect(json.count).toBe(5);
    expect(json.exportedBy).toBe('supervisor');
    for (const conversation of json.conversations) {
      expect(conversation).toEqual(await running.app.transcripts.get(conversation.summary.key));
    }

    const exports = await auditOf(running, 'conversation.export');
    expect(exports).toHaveLength(2);
    expect(exports[1]).toMatchObject({
      actor: 'supervisor',
      targets: ['whatsapp:a3', 'directline:a2'],
      detail: { format: 'csv', count: 2, filter: { outcome: 'arrangement' } },
    });
    expect(exports[0].targets).toHaveLength(5);
    expect((await sup.get('/api/supervisor/export?format=xml')).status).toBe(400);
  });

  it('saves QA reviews with CSRF, keeps history, and refuses bad input', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    const path = `${keyPath('directline:a2')}/review`;
    expect((await sup.send('PUT', path, { score: 4 }, false)).status).toBe(403);
    const bad = await sup.send('PUT', path, { score: 9, flags: ['pressure'] });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/score/);
    expect((await sup.send('PUT', `${keyPath('directline:nope')}/review`, { score: 3 })).status).toBe(404);
    expect((await sup.send('PUT', path, { score: 2, notes: 'rushed the borrower', flags: ['pressure', 'missed_vulnerability'] })).status).toBe(200);
    expect((await sup.send('PUT', path, { score: 4, notes: 'fine on second listen', flags: ['good_practice'] })).status).toBe(200);
    const { review } = await (await sup.get(path)).json();
    expect(review.current).toMatchObject({ score: 4, reviewer: 'supervisor', flags: ['good_practice'] });
    expect(review.history.map((r: { score: number }) => r.score)).toEqual([2]);
    const list = await (await sup.get('/api/supervisor/conversations?outcome=arrangement')).json();
    expect(list.items.find((s: { key: string }) => s.key === 'directline:a2').review.score).toBe(4);
    expect((await auditOf(running, 'conversation.review')).map((e) => e.detail?.score)).toEqual([4, 2]);
  });

  it('serves the dashboard for the filtered set', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    const all = await (await sup.get('/api/supervisor/dashboard')).json();
    expect(all.conversations).toBe(5);
    expect(all.funnel.at(-1)).toEqual({ key: 'accepted', count: 2 });
    const whatsapp = await (await sup.get('/api/supervisor/dashboard?channel=whatsapp')).json();
    expect(whatsapp.conversations).toBe(1);
  });

  it('reads the audit log with filters and offers no way to change it', async () => {
    const running = await seeded();
    const sup = await signIn(running.url, 'supervisor', 'supervisor-demo-pass');
    expect((await sup.get(keyPath('whatsapp:a3'))).status).toBe(200);
    const views = await (await sup.get('/api/supervisor/audit?action=conversation.view')).json();
    expect(views.entries.map((e: AuditEntry) => e.targets)).toEqual([['whatsapp:a3']]);
    const byTarget = await (await sup.get('/api/supervisor/audit?target=whatsapp%3Aa3')).json();
    expect(byTarget.entries).toHaveLength(1);
    const logins = await (await sup.get('/api/supervisor/audit?actor=supervisor&action=login')).json();
    expect(logins.entries.length).toBeGreaterThan(0);
    expect((await sup.get('/api/supervisor/audit?limit=0')).status).toBe(400);
    const before = await running.app.audit.read();
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      const res = await sup.send(method, '/api/supervisor/audit', { action: 'forged' });
      expect([404, 405]).toContain(res.status);
    }
    expect(await running.app.audit.read()).toEqual(before);
  });
});
