import { EventEmitter } from 'node:events';
import type { Documents } from '../../infra/storage/documents';
import { applyEntry, emptySummary } from './summarize';
import { refDigest } from './toEntries';
import { readIndexSnapshot, removeIndexSnapshot, writeIndexSnapshot } from './indexSnapshot';
import type { ConversationSummary, TranscriptDocument, TranscriptEntry } from './transcriptRecord';

export interface TranscriptEvents {
  /** `from`: the index of the first new entry; `relayed`: appended by another instance (see absorb). */
  appended: [key: string, entries: TranscriptEntry[], summary: ConversationSummary, from: number, relayed: boolean];
}

/** A conversation's stored transcript stops growing here (a note says so); the summary still follows every entry. */
export const MAX_TRANSCRIPT_ENTRIES = 2_000;

export function transcriptKey(channelId: string, conversationId: string): string {
  return `${channelId}:${conversationId}`;
}

/**
 * Redacted transcripts, one document per conversation (a turn rewrites only
 * its own conversation's file). Only what lists, filters and search need is
 * held in memory: each conversation's summary and the lower-cased words its
 * borrower and agents wrote. Entries themselves stay on disk.
 */
export class TranscriptStore extends EventEmitter<TranscriptEvents> {
  private readonly summaries = new Map<string, ConversationSummary>();
  private readonly searchText = new Map<string, string>();
  /** Each loan's conversations, so finding where a borrower last talked reads theirs alone. */
  private readonly byLoan = new Map<string, Set<string>>();

  private constructor(
    private readonly documents: Documents<TranscriptDocument>,
    private readonly snapshotFile?: string,
  ) {
    super();
    this.setMaxListeners(0);
  }

  /**
   * Loads the index: from the snapshot `close` left (one file, however many
   * conversations), or else by reading every transcript. The snapshot is
   * removed once read, so after a crash the next start rebuilds from the
   * transcripts themselves and never trusts a stale index.
   */
  static async open(documents: Documents<TranscriptDocument>, snapshotFile?: string): Promise<TranscriptStore> {
    const store = new TranscriptStore(documents, snapshotFile);
    const snapshot = snapshotFile ? await readIndexSnapshot(snapshotFile) : undefined;
    if (snapshot) {
      for (const [summary, text] of snapshot) {
        store.keep(summary);
        store.searchText.set(summary.key, text);
      }
      await removeIndexSnapshot(snapshotFile!);
    } else {
      for await (const doc of documents.all()) store.index(doc.value);
    }
    return store;
  }

  private index(doc: TranscriptDocument): void {
    this.keep(doc.summary);
    this.searchText.set(doc.summary.key, searchForm(doc.entries.filter(isSearchable).map(searchableText).join('\n')));
  }

  private keep(summary: ConversationSummary): void {
    const before = this.summaries.get(summary.key)?.loanId;
    if (before && before !== summary.loanId) this.byLoan.get(before)?.delete(summary.key);
    this.summaries.set(summary.key, summary);
    if (summary.loanId) (this.byLoan.get(summary.loanId) ?? this.byLoan.set(summary.loanId, new Set()).get(summary.loanId)!).add(summary.key);
  }

  /** Writes the index snapshot for the next start (call after the last write, at shutdown). */
  async saveIndex(): Promise<void> {
    if (this.snapshotFile)
      await writeIndexSnapshot(
        this.snapshotFile,
        [...this.summaries.values()].map((s) => [s, this.searchText.get(s.key) ?? ''] as const),
      );
  }

  async append(channelId: string, conversationId: string, entries: TranscriptEntry[]): Promise<ConversationSummary | undefined> {
    if (entries.length === 0) return this.summaries.get(transcriptKey(channelId, conversationId));
    const key = transcriptKey(channelId, conversationId);
    let from = 0;
    const doc = await this.documents.update(key, (current) => {
      const next: TranscriptDocument = current ?? { summary: emptySummary(key, channelId, conversationId, entries[0].at), entries: [] };
      from = next.entries.length;
      for (const entry of entries) {
        applyEntry(next.summary, entry);
        if (next.entries.length < MAX_TRANSCRIPT_ENTRIES) next.entries.push(entry);
        else if (next.entries.length === MAX_TRANSCRIPT_ENTRIES) {
          next.entries.push({ at: entry.at, speaker: 'system', kind: 'note', text: 'Transcript limit reached; later messages are not stored' });
        }
      }
      return next;
    });
    this.keep(doc!.summary);
    const added = searchForm(entries.filter(isSearchable).map(searchableText).join('\n'));
    this.searchText.set(key, `${this.searchText.get(key) ?? ''}${added}`);
    // Listeners (agent consoles) hear of it once the turn that wrote it is committed.
    this.documents.afterCommit(() => this.emit('appended', key, entries, doc!.summary, from, false));
    return doc!.summary;
  }

  /** Another instance appended `count` entries at `from` to `key`: the index catches up and listeners hear of them. */
  async absorb(key: string, from: number, count: number): Promise<void> {
    const doc = await this.get(key);
    if (!doc) return;
    this.index(doc);
    this.emit('appended', key, doc.entries.slice(from, from + count), doc.summary, from, true);
  }

  async get(key: string): Promise<TranscriptDocument | undefined> {
    return (await this.documents.get(key))?.value;
  }

  /** Whether a turn for this delivery (see refDigest) is already recorded: it committed before a crash. */
  async hasRef(channelId: string, conversationId: string, ref: string): Promise<boolean> {
    const digest = refDigest(ref);
    return (await this.get(transcriptKey(channelId, conversationId)))?.entries.some((e) => e.ref === digest) ?? false;
  }

  summary(key: string): ConversationSummary | undefined {
    return this.summaries.get(key);
  }

  /** The loan's verified conversation the borrower last talked in, on whichever channel. */
  lastVerified(loanId: string): ConversationSummary | undefined {
    let last: ConversationSummary | undefined;
    for (const key of this.byLoan.get(loanId) ?? []) {
      const s = this.summaries.get(key);
      if (s && (!last || s.lastAt > last.lastAt)) last = s;
    }
    return last;
  }

  allSummaries(): ConversationSummary[] {
    return [...this.summaries.values()];
  }

  /**
   * Keys whose transcript contains every term of `query`, case-insensitive.
   * A term matches at the start of a word ("unemploy" finds "unemployment",
   * "end" does not find "spend"); "quoted words" must appear together.
   * `among` narrows the scan to keys other filters already kept.
   */
  matching(query: string, among: Iterable<string> = this.searchText.keys()): Set<string> {
    const terms = [...query.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => searchForm(m[1] ?? m[2]).trimEnd()).filter((t) => t !== '');
    const hits = new Set<string>();
    if (terms.length === 0) return hits;
    for (const key of among) {
      const text = this.searchText.get(key);
      if (text !== undefined && terms.every((t) => text.includes(t))) hits.add(key);
    }
    return hits;
  }

  /**
   * Deletes transcripts whose last activity is older than `cutoff`; returns the
   * keys that went. A conversation that comes back to life while its file is
   * being deleted keeps its fresh index entry (append replaces the summary
   * object, and its write is queued behind the delete on the key's lock).
   */
  async purgeOlderThan(cutoff: Date): Promise<string[]> {
    const purged: string[] = [];
    for (const [key, summary] of [...this.summaries]) {
      if (Date.parse(summary.lastAt) >= cutoff.getTime()) continue;
      await this.documents.delete(key);
      if (this.summaries.get(key) !== summary) continue;
      this.summaries.delete(key);
      this.searchText.delete(key);
      if (summary.loanId) this.byLoan.get(summary.loanId)?.delete(key);
      purged.push(key);
    }
    return purged;
  }

  flush(): Promise<void> {
    return this.documents.flush();
  }
}

/**
 * Lower case, every run of punctuation or space as one space, and a leading
 * space, so " term" is a word-start match and phrases survive punctuation.
 */
function searchForm(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * What people wrote (borrowers, agents, notes) is indexed; the bot's own
 * messages are the same templates for everyone and stay on disk, which keeps
 * the index a few hundred bytes per conversation.
 */
function isSearchable(entry: TranscriptEntry): boolean {
  return entry.speaker !== 'bot';
}

function searchableText(entry: TranscriptEntry): string {
  return [entry.text, ...(entry.card ?? []), entry.agent].filter(Boolean).join(' ');
}
