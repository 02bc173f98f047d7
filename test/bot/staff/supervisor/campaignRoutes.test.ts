import { describe, expect, it } from 'vitest';
import { StaffClient } from '../../../support/staffClient';
import { CAMPAIGN_INPUT, startOutreachApp } from '../../app/outreachApp';

describe('/api/supervisor/campaigns', () => {
  it('is for supervisors and admins: agents get 403, strangers 401', async () => {
    const { url } = await startOutreachApp();
    const agent = await StaffClient.signIn(url, 'agent');
    expect((await agent.call('GET', '/api/supervisor/campaigns')).status).toBe(403);
    expect((await agent.call('POST', '/api/supervisor/campaigns', CAMPAIGN_INPUT)).status).toBe(403);
    expect((await fetch(`${url}/api/supervisor/campaigns`)).status).toBe(401);
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    expect((await supervisor.call('POST', '/api/supervisor/campaigns', CAMPAIGN_INPUT, { csrf: null })).status).toBe(403);
  });

  it('refuses malformed campaigns with a 400 that says what is wrong', async () => {
    const { url } = await startOutreachApp();
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const cases: [unknown, RegExp][] = [
      [{ ...CAMPAIGN_INPUT, dailyCap: 0 }, /dailyCap/],
      [{ ...CAMPAIGN_INPUT, holdoutShare: 0.9 }, /holdoutShare/],
      [{ ...CAMPAIGN_INPUT, message: { template: 'Has Spaces' } }, /message.template/],
      [{ ...CAMPAIGN_INPUT, segment: { daysPastDue: { min: 90, max: 30 } } }, /min must not exceed max/],
      [{ ...CAMPAIGN_INPUT, start: 'tomorrow' }, /start/],
      [{ ...CAMPAIGN_INPUT, end: '2026-02-01T00:00:00Z' }, /end: must be after start/],
      [{ ...CAMPAIGN_INPUT, role: 'admin' }, /Unrecognized key/i],
      ['[]', /body/],
    ];
    for (const [body, message] of cases) {
      const res = await supervisor.call('POST', '/api/supervisor/campaigns', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(String(res.json.error), JSON.stringify(body)).toMatch(message);
    }
    expect((await supervisor.get('/api/supervisor/campaigns')).json.count).toBe(0);
    expect((await supervisor.get('/api/supervisor/campaigns/not-an-id')).status).toBe(400);
    expect((await supervisor.get('/api/supervisor/campaigns/cmp_0000000000000000')).status).toBe(404);
  });

  it('creates, starts, pauses and stops a campaign, each change audited; a stopped campaign cannot start again', async () => {
    const { url, app } = await startOutreachApp();
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const created = await supervisor.call('POST', '/api/supervisor/campaigns', CAMPAIGN_INPUT);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'draft', createdBy: 'supervisor', channels: ['whatsapp'], holdoutShare: 0.2 });
    const id = String(created.json.id);
    expect((await supervisor.call('POST', `/api/supervisor/campaigns/${id}/pause`)).status).toBe(409);
    for (const [action, status] of [
      ['start', 'running'],
      ['pause', 'paused'],
      ['start', 'running'],
      ['stop', 'stopped'],
    ]) {
      const res = await supervisor.call('POST', `/api/supervisor/campaigns/${id}/${action}`);
      expect(res.status, action).toBe(200);
      expect(res.json.status).toBe(status);
    }
    expect((await supervisor.call('POST', `/api/supervisor/campaigns/${id}/start`)).status).toBe(409);
    expect((await supervisor.get(`/api/supervisor/campaigns/${id}`)).json.status).toBe('stopped');
    const audit = await app.audit.read({ target: id });
    expect(audit.map((e) => e.action).reverse()).toEqual(['campaign.create', 'campaign.start', 'campaign.pause', 'campaign.start', 'campaign.stop']);
    expect(audit.every((e) => e.actor === 'supervisor' && e.role === 'supervisor')).toBe(true);
  });

  it('sets a loan’s holds and moratorium (audited) and refuses unknown loans and holds', async () => {
    const { url, app } = await startOutreachApp();
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const loanId = app.loanBook.all()[0].Loan_ID;
    const path = `/api/supervisor/loans/${loanId}/contact-flags`;
    expect((await supervisor.call('PUT', path, { holds: ['bereavement'], moratoriumUntil: '2026-05-01T00:00:00Z' })).status).toBe(200);
    expect((await supervisor.call('PUT', path, { holds: ['holiday'] })).status).toBe(400);
    expect((await supervisor.call('PUT', '/api/supervisor/loans/LN_NOPE/contact-flags', { holds: [] })).status).toBe(404);
    expect((await app.audit.read({ target: loanId })).map((e) => e.action)).toContain('outreach.flags');
  });
});
