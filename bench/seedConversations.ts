import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ConversationSummary, TranscriptDocument } from '../bot/casework/transcripts/transcriptRecord';
import { DocumentStore, type StoredDocument } from '../bot/infra/storage/documentStore';

/** One real, complete conversation as a closed server left it: its state, its transcript and its index line. */
export interface ConversationTemplate {
  state: StoredDocument<Record<string, unknown>>;
  transcript: StoredDocument<TranscriptDocument>;
  search: string;
}

/** Reads a finished conversation from a data directory the server has closed (journal compacted, index snapshot written). */
export async function templateFrom(dataDir: string): Promise<ConversationTemplate> {
  const lines = readFileSync(path.join(dataDir, 'transcripts-index.jsonl'), 'utf8').split('\n').slice(0, -2);
  const [summary, search] = lines
    .map((l) => JSON.parse(l) as [ConversationSummary, string])
    .find(([s]) => s.outcome === 'arrangement' && s.channelId === 'bf.emulator')!;
  const state = await new DocumentStore<Record<string, unknown>>(path.join(dataDir, 'state')).get(`bf.emulator/conversations/${summary.conversationId}/`);
  const transcript = await new DocumentStore<TranscriptDocument>(path.join(dataDir, 'transcripts')).get(summary.key);
  return { state: state!, transcript: transcript!, search };
}

/**
 * Writes `count` copies of `template` under new conversation ids straight into
 * DATA_DIR's layout (state and transcript documents, and the index snapshot a
 * clean shutdown leaves), then one `sync`. Each copy keeps the real summary
 * and search words, so the in-memory index costs what real ones do; the
 * transcript documents keep only their first 6 entries, to keep seeding fast
 * (nothing measured here reads them).
 */
export function seedConversations(dataDir: string, count: number, template: ConversationTemplate): void {
  const state = new DocumentStore(path.join(dataDir, 'state'));
  const transcripts = new DocumentStore(path.join(dataDir, 'transcripts'));
  const made = new Set<string>();
  const write = (file: string, value: unknown) => {
    const dir = path.dirname(file);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(file, JSON.stringify(value));
  };
  const index: string[] = [];
  for (let i = 0; i < count; i++) {
    const conversationId = `seeded-${i}`;
    const stateKey = `bf.emulator/conversations/${conversationId}/`;
    const key = `bf.emulator:${conversationId}`;
    const summary = { ...template.transcript.value.summary, key, conversationId };
    write(state.fileFor(stateKey), { ...template.state, key: stateKey });
    write(transcripts.fileFor(key), { key, eTag: `seed-${i}`, value: { summary, entries: template.transcript.value.entries.slice(0, 6) } });
    index.push(JSON.stringify([summary, template.search]));
  }
  writeFileSync(path.join(dataDir, 'transcripts-index.jsonl'), `${index.join('\n')}\n"end"\n`);
  execSync('sync');
}
