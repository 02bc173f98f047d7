import path from 'node:path';
import { DocumentStore } from '../../bot/infra/storage/documentStore';
import type { TranscriptDocument } from '../../bot/casework/transcripts/transcriptRecord';
import type { InboxRecord } from '../../bot/channels/inbox/durableInbox';

/** How often each borrower text appears across every stored transcript (read straight from DATA_DIR). */
export async function borrowerTextCounts(dataDir: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const doc of new DocumentStore<TranscriptDocument>(path.join(dataDir, 'transcripts')).all()) {
    for (const entry of doc.value.entries) {
      if (entry.speaker !== 'borrower' || !entry.text) continue;
      counts.set(entry.text, (counts.get(entry.text) ?? 0) + 1);
    }
  }
  return counts;
}

/** Inbox entries still waiting for their turn under `inbox/<channel>` (or `whatsapp/inbox`). */
export async function pendingInbox(dir: string): Promise<number> {
  let pending = 0;
  for await (const doc of new DocumentStore<InboxRecord>(dir).all()) if (doc.value.state === 'pending') pending++;
  return pending;
}
