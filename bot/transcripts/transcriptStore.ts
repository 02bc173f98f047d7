import { EventEmitter } from 'node:events';
import type { DocumentStore } from '../storage/documentStore';
import { applyEntry, emptySummary } from './summarize';
import type { ConversationSummary, TranscriptDocument, TranscriptEntry } from './transcriptRecord';

export interface TranscriptEvents {
  appended: [key: string, entries: TranscriptEntry[], summary: ConversationSummary];
}

export function transcriptKey(channelId: string, conversationId: string): string {
  return `${channelId}:${conversationId}`;
}

/**
 * Redacted transcripts, one document per conversation (a turn rewrites only
 * its own conversation's file). Summaries and the lower-cased text of every
 * conversation are indexed in memory at start, so listing, filtering and
 * full-text search never scan the disk.
 */
export class TranscriptStore extends EventEmitter<TranscriptEvents> {
  private readonly summaries = new Map<string, ConversationSummary>();
  private readonly searchText = new Map<string, string>();

  private constructor(private readonly documents: DocumentStore<TranscriptDocument>) {
    super();
    this.setMaxListeners(0);
  }

  static async open(documents: DocumentStore<TranscriptDocument>): Promise<TranscriptStore> {
    const store = new TranscriptStore(documents);
    for await (const doc of documents.all()) store.index(doc.value);
    return store;
  }

  private index(doc: TranscriptDocument): void {
    this.summaries.set(doc.summary.key, doc.summary);
    this.searchText.set(doc.summary.key, doc.entries.map(searchableText).join('\n').toLowerCase());
  }

  async append(channelId: string, conversationId: string, entries: TranscriptEntry[]): Promise<ConversationSummary | undefined> {
    if (entries.length === 0) return this.summaries.get(transcriptKey(channelId, conversationId));
    const key = transcriptKey(channelId, conversationId);
    const doc = await this.documents.update(key, (current) => {
      const next: TranscriptDocument = current ?? { summary: emptySummary(key, channelId, conversationId, entries[0].at), entries: [] };
      for (const entry of entries) {
        next.entries.push(entry);
        applyEntry(next.summary, entry);
      }
      return next;
    });
    this.summaries.set(key, doc!.summary);
    const added = entries.map(searchableText).join('\n').toLowerCase();
    this.searchText.set(key, `${this.searchText.get(key) ?? ''}\n${added}`);
    this.emit('appended', key, entries, doc!.summary);
    return doc!.summary;
  }

  async get(key: string): Promise<TranscriptDocument | undefined> {
    return (await this.documents.get(key))?.value;
  }

  summary(key: string): ConversationSummary | undefined {
    return this.summaries.get(key);
  }

  allSummaries(): ConversationSummary[] {
    return [...this.summaries.values()];
  }

  /** Keys whose text contains every word of `query` (case-insensitive). */
  matching(query: string): Set<string> {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const hits = new Set<string>();
    for (const [key, text] of this.searchText) if (words.every((w) => text.includes(w))) hits.add(key);
    return hits;
  }

  /** Deletes transcripts whose last activity is older than `cutoff`; returns how many went. */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    let purged = 0;
    for (const [key, summary] of this.summaries) {
      if (Date.parse(summary.lastAt) >= cutoff.getTime()) continue;
      await this.documents.delete(key);
      this.summaries.delete(key);
      this.searchText.delete(key);
      purged++;
    }
    return purged;
  }

  flush(): Promise<void> {
    return this.documents.flush();
  }
}

function searchableText(entry: TranscriptEntry): string {
  return [entry.text, ...(entry.card ?? []), entry.agent].filter(Boolean).join(' ');
}
