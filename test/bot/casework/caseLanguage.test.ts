import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../bot/casework/cases/caseRecord';
import { queueItem } from '../../../bot/casework/cases/queueView';
import type { IntakeState } from '../../../models/intake/intakeState';

const record = (intake: IntakeState) =>
  ({
    id: 'C-1',
    status: 'queued',
    reason: 'asked_for_human',
    priority: 1,
    channelId: 'webchat',
    createdAt: '2026-12-03T00:00:00Z',
    intake,
  }) as unknown as CaseRecord;

describe('the borrower language on a case', () => {
  it('the queue and the case pane name the language the bot speaks with the borrower, English when none was chosen', () => {
    expect(queueItem(record({ stage: 'escalated', language: 'hi' })).language).toBe('Hindi');
    expect(queueItem(record({ stage: 'escalated', language: 'ms' })).language).toBe('Malay');
    expect(queueItem(record({ stage: 'escalated' })).language).toBe('English');
  });
});
