import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TranscriptDocument, TranscriptEntry } from '../../../../bot/casework/transcripts/transcriptRecord';
import { TranscriptStore } from '../../../../bot/casework/transcripts/transcriptStore';
import { DocumentStore } from '../../../../bot/infra/storage/documentStore';
import { decisionEvent } from '../../../../models/decisions/decisionEvent';
import { tempDir } from '../../../support/tempDir';

const said = (at: string, text: string): TranscriptEntry => ({ at, speaker: 'borrower', kind: 'message', text });
const verified = (at: string, loanId: string): TranscriptEntry => ({
  at,
  speaker: 'bot',
  kind: 'decision',
  decision: decisionEvent('identity_verified', { loanId }),
});

describe('TranscriptStore.lastVerified (where a borrower last talked, for reminders)', () => {
  it("gives the loan's verified conversation with the latest activity, on any channel, the same after a reopen and not after a purge", async () => {
    const dir = path.join(tempDir(), 'transcripts');
    const store = await TranscriptStore.open(new DocumentStore<TranscriptDocument>(dir));
    await store.append('whatsapp', 'wa1', [said('2026-12-01T09:00:00Z', 'hi'), verified('2026-12-01T09:01:00Z', 'LN_1')]);
    await store.append('directline', 'dl1', [said('2026-12-03T09:00:00Z', 'hi'), verified('2026-12-03T09:01:00Z', 'LN_1')]);
    await store.append('directline', 'dl2', [said('2026-12-04T09:00:00Z', 'hello, never verified')]);
    await store.append('directline', 'dl3', [verified('2026-12-02T09:00:00Z', 'LN_2')]);
    expect(store.lastVerified('LN_1')?.key).toBe('directline:dl1');
    // Talking again on WhatsApp makes it the last.
    await store.append('whatsapp', 'wa1', [said('2026-12-05T09:00:00Z', 'me again')]);
    expect(store.lastVerified('LN_1')?.key).toBe('whatsapp:wa1');
    expect(store.lastVerified('LN_3')).toBeUndefined();
    const reopened = await TranscriptStore.open(new DocumentStore<TranscriptDocument>(dir));
    expect(reopened.lastVerified('LN_1')?.key).toBe('whatsapp:wa1');
    await reopened.purgeOlderThan(new Date('2026-12-04T00:00:00Z'));
    expect(reopened.lastVerified('LN_2')).toBeUndefined();
    expect(reopened.lastVerified('LN_1')?.key).toBe('whatsapp:wa1');
  });
});
