import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../../bot/infra/storage/documentStore';
import type { TranscriptDocument } from '../../../../bot/casework/transcripts/transcriptRecord';
import { TranscriptStore } from '../../../../bot/casework/transcripts/transcriptStore';
import { tempDir } from '../../../support/tempDir';
import { POPULATION, seed } from './transcriptFixtures';

describe('TranscriptStore.matching (the supervisor full-text search)', () => {
  it('matches every term at a word start, case-insensitively, with "quoted phrases", and the same after a reopen', async () => {
    const dir = path.join(tempDir(), 'transcripts');
    const store = await TranscriptStore.open(new DocumentStore<TranscriptDocument>(dir));
    await seed(store, POPULATION);
    await store.append('directline', 'a5', [
      { at: '2026-11-23T09:40:00.000Z', speaker: 'borrower', kind: 'message', text: 'I spend it on rent, everything is UNAFFORDABLE' },
    ]);
    const check = (s: TranscriptStore) => {
      const keys = (q: string) => [...s.matching(q)].sort();
      expect(keys('plant')).toEqual(['directline:a1']);
      expect(keys('PLA job')).toEqual(['directline:a1']);
      expect(keys('unafford')).toEqual(['directline:a5']);
      expect(keys('end')).toEqual([]); // "spend" does not start with "end"
      expect(keys('"rent went up"')).toEqual(['directline:a5']);
      expect(keys('"went rent"')).toEqual([]);
      expect(keys('costs everything')).toEqual(['directline:a5']);
      expect(keys('help')).toEqual(['directline:a1', 'directline:a4']); // the agents' words are searchable too
      expect(keys('plant illness')).toEqual([]);
      expect(keys('  ')).toEqual([]);
      expect([...s.matching('plant', ['directline:a2', 'directline:gone'])]).toEqual([]);
      expect([...s.matching('plant', ['directline:a1'])]).toEqual(['directline:a1']);
    };
    check(store);
    check(await TranscriptStore.open(new DocumentStore<TranscriptDocument>(dir)));
  });
});
