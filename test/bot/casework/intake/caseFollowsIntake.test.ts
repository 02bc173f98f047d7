import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../support/testApp';
import { AGENTS_AVAILABLE, borrowerAskingForPerson, StaffClient } from '../../../support/staffClient';

describe('a case follows its conversation', () => {
  // Reported: the case kept the intake copied when it was opened, so what the borrower said next never reached it.
  it('a borrower who asks for a person and then says her husband died is queued as vulnerable, with the bereavement on the case', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const { borrower, caseId } = await borrowerAskingForPerson(url, app.cases);
    expect((await app.cases.get(caseId))?.priority).toBe(20);

    await borrower.say('my husband passed away last month');

    const record = await app.cases.get(caseId);
    expect(record?.priority).toBe(80);
    expect(record?.intake.vulnerabilityDrivers).toContain('bereavement');
    const agent = await StaffClient.signIn(url, 'agent');
    const queue = (await agent.get('/api/agent/queue')).json.queue as { id: string; label: string }[];
    expect(queue.find((c) => c.id === caseId)?.label).toBe('vulnerable');
    const view = (await agent.get(`/api/agent/cases/${caseId}`)).json.case as { vulnerability: string[] };
    expect(view.vulnerability).toContain('bereavement');
  });
});
