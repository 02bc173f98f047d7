import { describe, expect, it } from 'vitest';
import { renderActivity } from '../../../bot/channels/whatsApp/renderer';
import { emulatorActivity, startConnectorRecorder } from '../../support/connectorRecorder';
import { startTestApp } from '../../support/testApp';
import { AGENTS_AVAILABLE, StaffClient } from '../../support/staffClient';

const bodies = (activity: Record<string, unknown>) =>
  renderActivity(activity, '447700900202').bodies.map((b) => (b.type === 'text' ? b.text.body : b.type === 'interactive' ? b.interactive.body.text : ''));

describe("an agent's messages speak in the agent's name", () => {
  it('on the Bot Connector: from.name is the agent on their messages and the bot on the service notices', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const connector = await startConnectorRecorder();
    const ask = emulatorActivity(connector.serviceUrl, 'conv-voice', { text: 'I want to talk to a person' });
    expect((await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ask) })).status).toBe(
      200,
    );
    const caseId = app.cases.openCaseFor('bf.emulator', 'conv-voice')?.id ?? '';
    expect(caseId).not.toBe('');
    const agent = await StaffClient.signIn(url, 'agent');
    expect((await agent.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(200);
    expect((await agent.post(`/api/agent/cases/${caseId}/messages`, { text: 'Hello, this is Priya.' })).status).toBe(200);

    const sent = () => connector.calls.map((c) => c.body as { text?: string; from?: { id: string; name: string } });
    await expect.poll(() => sent().some((b) => b.text === 'Hello, this is Priya.')).toBe(true);
    const fromAgent = sent().find((b) => b.text === 'Hello, this is Priya.');
    const notice = sent().find((b) => b.text?.startsWith("You're now chatting with"));
    expect(fromAgent?.from).toMatchObject({ id: 'bot-1', name: 'Priya (demo agent)' });
    expect(notice?.from).toMatchObject({ id: 'bot-1', name: 'Bot' });
  });

  it('on WhatsApp: "Name:" in front of what the agent wrote (cards included), never on the service\'s own messages', () => {
    const agent = { from: { id: 'bot', name: 'Priya (demo agent)' }, channelData: { agent: 'agent' } };
    expect(bodies({ type: 'message', text: 'Hello, how can I help?', ...agent })).toEqual(['*Priya (demo agent):* Hello, how can I help?']);
    const card = {
      contentType: 'application/vnd.microsoft.card.hero',
      content: { title: 'Pay less for 3 months', buttons: [{ type: 'imBack', title: 'Accept', value: 'accept' }] },
    };
    expect(bodies({ type: 'message', attachments: [card], ...agent })[0]).toMatch(/^\*Priya \(demo agent\):\* \*Pay less for 3 months\*/);
    expect(bodies({ type: 'message', text: "You're now chatting with Priya.", from: { id: 'bot', name: 'Northwind Lending' } })).toEqual([
      "You're now chatting with Priya.",
    ]);
    // A name with WhatsApp markup in it cannot break the bold.
    expect(bodies({ type: 'message', text: 'Hi', from: { id: 'bot', name: '*Sam_*' }, channelData: { agent: 'sam' } })).toEqual(['*Sam:* Hi']);
  });
});
