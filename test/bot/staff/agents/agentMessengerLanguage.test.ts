import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { AgentMessenger } from '../../../../bot/staff/agents/agentMessenger';
import type { CaseRecord } from '../../../../bot/casework/cases/caseRecord';
import { renderActivity } from '../../../../bot/channels/whatsApp/renderer';

/** The activities an agent's sends produce, through a Bot Framework test adapter standing in for the channel. */
async function sent(language: 'hi' | undefined, message: Partial<Activity>): Promise<Partial<Activity>> {
  const adapter = new TestAdapter(async () => undefined);
  const out: Partial<Activity>[] = [];
  const messenger = new AgentMessenger({
    proactive: async (_reference, logic) => {
      const context = new TurnContext(adapter, {
        type: 'event',
        channelId: 'whatsapp',
        conversation: { id: 'c1', isGroup: false, conversationType: '', name: '' },
      });
      context.onSendActivities(async (_c, activities, next) => (out.push(...activities), next()));
      await logic(context);
    },
    contacts: { isOptedOut: async () => false },
  });
  const record = {
    channelId: 'whatsapp',
    conversation: { conversation: { id: 'c1' } },
    intake: { stage: 'escalated', ...(language && { language }) },
  } as unknown as CaseRecord;
  await messenger.send(record, message, { user: 'agent', name: 'Priya' });
  return out[0];
}

const rows = Array.from({ length: 5 }, (_, i) => ({ type: 'imBack', title: `Option ${i + 1}`, value: `option ${i + 1}` }));

describe("an agent's cards on the borrower's channel", () => {
  it("carry the borrower's language, so WhatsApp's list words are theirs; plain text is left as typed", async () => {
    const card = await sent('hi', { text: 'Choose one', suggestedActions: { to: [], actions: rows } });
    expect(card.channelData).toMatchObject({ language: 'hi' });
    const list = renderActivity(card, '919876543210').bodies.find((b) => b.type === 'interactive');
    expect(JSON.stringify(list)).not.toContain('"button":"Choose"');
    expect(list).toMatchObject({ interactive: { type: 'list', action: { button: expect.stringMatching(/\p{Script=Devanagari}/u) } } });
    expect((await sent('hi', { text: 'Hello, I am Priya' })).channelData).not.toMatchObject({ language: 'hi' });
    expect((await sent(undefined, { text: 'x', suggestedActions: { to: [], actions: rows } })).channelData).not.toMatchObject({ language: expect.anything() });
  });
});
