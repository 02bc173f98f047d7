import { partialDecision } from '../../../support/decisions';
import { describe, expect, it } from 'vitest';
import { AgentPresence } from '../../../../bot/staff/agents/agentPresence';
import { HandoffEvents } from '../../../../bot/casework/cases/handoffEvents';
import { canSee, priorityLabel, queueFor } from '../../../../bot/casework/cases/queueView';
import { resumeStage } from '../../../../models/intake/resumeStage';
import { priorityFor, type CaseRecord } from '../../../../bot/casework/cases/caseRecord';
import { createLogger } from '../../../../bot/infra/logger';
import type { TranscriptDocument } from '../../../../bot/casework/transcripts/transcriptRecord';
import type { EscalationReason } from '../../../../models/intake/escalationReason';

let n = 0;
function record(reason: EscalationReason, extra: Partial<CaseRecord> = {}): CaseRecord {
  n++;
  const intake = extra.intake ?? { stage: 'escalated' as const };
  return {
    id: `C-${n}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 9, n)).toISOString(),
    updatedAt: '',
    status: 'queued',
    reason,
    priority: priorityFor(reason, intake),
    channelId: 'directline',
    conversation: {
      channelId: 'directline',
      conversation: { id: `conv-${n}`, isGroup: false, conversationType: '', name: '' },
      user: { id: 'u', name: '' },
      bot: { id: 'b', name: '' },
      serviceUrl: '',
    },
    intake,
    plans: [],
    notes: [],
    ...extra,
  };
}

describe('queue view', () => {
  it('labels by what matters most: crisis, then vulnerability, then dispute, then risk', () => {
    expect(priorityLabel(record('crisis'))).toBe('crisis');
    expect(priorityLabel(record('asked_for_human', { intake: { stage: 'escalated', vulnerabilityDrivers: ['bereavement'] } }))).toBe('vulnerable');
    // A safety check on ambiguous distress raises the case like a vulnerability, whatever the answer.
    const checked = record('asked_for_human', { intake: { stage: 'escalated', safetyCheck: { stage: 'budget', askedAt: '', answer: 'safe' } } });
    expect(priorityLabel(checked)).toBe('vulnerable');
    expect(checked.priority).toBe(priorityFor('vulnerable', { stage: 'escalated' }));
    expect(priorityLabel(record('complaint'))).toBe('complaint');
    expect(priorityLabel(record('high_risk'))).toBe('high_risk');
    expect(priorityLabel(record('asked_for_human'))).toBe('standard');
  });

  it("orders by priority then wait, and hides other agents' cases and closed ones from an agent", () => {
    const human = record('asked_for_human');
    const mine = record('high_risk', { status: 'assigned', assignedTo: 'priya' });
    const theirs = record('crisis', { status: 'assigned', assignedTo: 'tom' });
    const vulnerable = record('vulnerable');
    const laterHuman = record('asked_for_human');
    const closed = record('dispute', { status: 'closed' });
    const all = [laterHuman, human, mine, theirs, vulnerable, closed];
    expect(queueFor({ user: 'priya', role: 'agent' }, all).map((c) => c.id)).toEqual([vulnerable.id, mine.id, human.id, laterHuman.id]);
    expect(queueFor({ user: 'sam', role: 'supervisor' }, all)[0].id).toBe(theirs.id);
    expect(canSee({ user: 'priya', role: 'agent' }, theirs)).toBe(false);
  });
});

describe('resumeStage', () => {
  it('resumes at the first missing answer, or the offers once there is a budget', () => {
    expect(resumeStage({ stage: 'escalated' })).toBe('welcome');
    expect(resumeStage({ stage: 'escalated', consentAt: 'x' })).toBe('verify');
    expect(resumeStage({ stage: 'escalated', consentAt: 'x', verifiedLoanId: 'L1' })).toBe('story');
    expect(resumeStage({ stage: 'escalated', verifiedLoanId: 'L1', story: { reasons: ['illness'], temporary: null } })).toBe('budget');
    const budget = {
      monthlyIncome: 1,
      essentialCosts: {} as never,
      monthlyEssentialCosts: 0,
      monthlyOtherRepayments: 0,
      disposableIncome: 1,
      oneOffIncome: 0,
      oneOffCosts: 0,
      lumpSumAvailable: 0,
      flags: [],
      needsHumanReview: false,
    };
    expect(resumeStage({ stage: 'declined', verifiedLoanId: 'L1', story: { reasons: ['illness'], temporary: null }, budget })).toBe('offer');
    expect(resumeStage({ stage: 'escalated', arrangementReference: 'FB-222222' })).toBe('closed');
  });
});

describe('AgentPresence', () => {
  it('counts people, not tabs, and forgets them when the last tab closes', () => {
    const presence = new AgentPresence();
    const tab1 = presence.connect('priya');
    const tab2 = presence.connect('priya');
    const tom = presence.connect('tom');
    expect(presence.online()).toBe(2);
    tab1();
    tab1();
    expect(presence.isOnline('priya')).toBe(true);
    tab2();
    tom();
    expect(presence.online()).toBe(0);
  });
});

describe('HandoffEvents', () => {
  const doc: TranscriptDocument = {
    summary: {} as TranscriptDocument['summary'],
    entries: [
      { at: '2026-01-01T09:00:00.000Z', speaker: 'borrower', kind: 'message', text: 'I want to talk to a person' },
      { at: '2026-01-01T09:00:01.000Z', speaker: 'bot', kind: 'decision', decision: partialDecision('escalation', {}) },
      { at: '2026-01-01T09:00:01.000Z', speaker: 'bot', kind: 'message', text: "I'm passing you to a member of our team." },
    ],
  };
  const deps = {
    transcripts: { get: async () => doc },
    loans: { get: () => undefined },
    arrangements: { liveForLoan: async () => undefined },
    now: () => new Date('2026-01-01T09:05:00Z'),
    log: createLogger('silent'),
  };

  it('builds a Bot Framework handoff initiation with the case as context and the transcript attached', async () => {
    const events = new HandoffEvents(deps);
    const event = await events.initiation(record('dispute'));
    expect([event.type, event.name, event.channelId]).toEqual(['event', 'handoff.initiate', 'directline']);
    expect(event.value).toMatchObject({ reason: 'dispute', priority: 60, summary: { label: 'dispute', loan: null } });
    const transcript = event.attachments?.find((a) => a.name === 'Transcript')?.content as { activities: { text: string; from: { id: string } }[] };
    expect(transcript.activities.map((a) => a.text)).toEqual(['I want to talk to a person', "I'm passing you to a member of our team."]);
    expect(transcript.activities[0].from.id).toBe('u');
  });

  it("publishes to every listener and never throws into the borrower's turn", async () => {
    const events = new HandoffEvents({ ...deps, transcripts: { get: async () => Promise.reject(new Error('disk gone')) } });
    const seen: string[] = [];
    events.subscribe((_e, r) => seen.push(r.id));
    await expect(events.publish(record('crisis'))).resolves.toBeUndefined();
    expect(seen).toEqual([]);
    const working = new HandoffEvents(deps);
    const off = working.subscribe((_e, r) => seen.push(r.id));
    const c = record('crisis');
    await working.publish(c);
    off();
    await working.publish(c);
    expect(seen).toEqual([c.id]);
  });
});
