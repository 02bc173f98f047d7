import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../../nlp';
import { DocumentStore } from '../../../../bot/infra/storage/documentStore';
import { parseReviewInput, ReviewInputError, ReviewStore, type ReviewRecord } from '../../../../bot/casework/reviews/reviewStore';
import { tempDir } from '../../../support/tempDir';

describe('parseReviewInput', () => {
  it('accepts a score with notes and known flags (deduplicated)', () => {
    expect(parseReviewInput({ score: 4, notes: 'ok', flags: ['tone', 'tone', 'good_practice'] })).toEqual({
      score: 4,
      notes: 'ok',
      flags: ['tone', 'good_practice'],
    });
    expect(parseReviewInput({ score: 1 })).toEqual({ score: 1, notes: '', flags: [] });
  });

  it('refuses scores outside 1–5, unknown flags and non-objects, saying what to send', () => {
    for (const bad of [{ score: 0 }, { score: 6 }, { score: 2.5 }, { score: '3' }, { score: 3, flags: ['rude'] }, null, 'five']) {
      expect(() => parseReviewInput(bad)).toThrow(ReviewInputError);
    }
    expect(() => parseReviewInput({ score: 3, flags: ['rude'] })).toThrow(/flags[\s\S]*missed_vulnerability/);
  });
});

describe('ReviewStore', () => {
  it('keeps every earlier review in the history, redacts notes and survives a reopen', async () => {
    const dir = tempDir();
    const open = () => ReviewStore.open(new DocumentStore<ReviewRecord>(path.join(dir, 'reviews')), redact, () => new Date('2026-11-23T10:00:00Z'));
    const store = await open();
    await store.save('directline:a1', { score: 2, notes: 'pushed the borrower; card 4111 1111 1111 1111 quoted', flags: ['pressure'] }, 'supervisor');
    const second = await store.save('directline:a1', { score: 3, notes: 'on re-listen, fine', flags: [] }, 'lead');
    expect(second.current).toMatchObject({ score: 3, reviewer: 'lead', at: '2026-11-23T10:00:00.000Z' });
    expect(second.history).toHaveLength(1);
    expect(second.history[0]).toMatchObject({ score: 2, reviewer: 'supervisor', flags: ['pressure'] });
    expect(second.history[0].notes).not.toContain('4111');
    expect(second.history[0].notes).toContain('[REDACTED:card]');

    const reopened = await open();
    expect(reopened.latest('directline:a1')?.score).toBe(3);
    expect((await reopened.get('directline:a1'))?.history).toHaveLength(1);
    expect(reopened.latest('directline:none')).toBeUndefined();
  });
});
