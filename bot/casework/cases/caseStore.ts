import { DomainError } from '../../../models/shared/domainError';
import { EventEmitter } from 'node:events';
import type { Documents } from '../../infra/storage/documents';
import type { CaseRecord } from './caseRecord';

export function conversationKey(channelId: string, conversationId: string): string {
  return `${channelId}:${conversationId}`;
}

export interface CaseEvents {
  /** `relayed`: the change was made by another instance (see reload), so it is not announced again. */
  changed: [record: CaseRecord, relayed: boolean];
}

/**
 * Cases, one document each. Open cases are also held in memory (loaded at
 * start) because the queue and the "is an agent holding this conversation?"
 * check run on every turn and must not scan the disk.
 */
export class CaseStore extends EventEmitter<CaseEvents> {
  private readonly open = new Map<string, CaseRecord>();
  private readonly byConversation = new Map<string, string>();

  private constructor(private readonly documents: Documents<CaseRecord>) {
    super();
    this.setMaxListeners(0);
  }

  static async open(documents: Documents<CaseRecord>): Promise<CaseStore> {
    const store = new CaseStore(documents);
    for await (const doc of documents.all()) store.index(doc.value);
    return store;
  }

  private index(record: CaseRecord): void {
    const key = conversationKey(record.channelId, record.conversation.conversation?.id ?? '');
    if (record.status === 'closed') {
      this.open.delete(record.id);
      if (this.byConversation.get(key) === record.id) this.byConversation.delete(key);
    } else {
      this.open.set(record.id, record);
      this.byConversation.set(key, record.id);
    }
  }

  async get(id: string): Promise<CaseRecord | undefined> {
    return this.open.get(id) ?? (await this.documents.get(id))?.value;
  }

  openCaseFor(channelId: string, conversationId: string): CaseRecord | undefined {
    const id = this.byConversation.get(conversationKey(channelId, conversationId));
    return id ? this.open.get(id) : undefined;
  }

  openCases(): CaseRecord[] {
    return [...this.open.values()];
  }

  async create(record: CaseRecord): Promise<CaseRecord> {
    await this.documents.put(record.id, record);
    this.index(record);
    this.documents.afterCommit(() => this.emit('changed', record, false));
    return record;
  }

  /**
   * Read-modify-write of one case under its lock. `change` may throw to refuse
   * (e.g. a second claim); nothing is written then.
   */
  async update(id: string, change: (current: CaseRecord) => CaseRecord): Promise<CaseRecord> {
    let updated: CaseRecord | undefined;
    await this.documents.update(id, (current) => {
      if (!current) throw new CaseNotFoundError(id);
      updated = { ...change(current), updatedAt: new Date().toISOString() };
      return updated;
    });
    this.index(updated!);
    this.documents.afterCommit(() => this.emit('changed', updated!, false));
    return updated!;
  }

  /** Another instance changed case `id`: the stored version replaces the cached one, and listeners hear of it. */
  async reload(id: string): Promise<void> {
    const record = (await this.documents.get(id))?.value;
    if (!record) return;
    this.index(record);
    this.emit('changed', record, true);
  }

  /** After missed changes (a lost connection to the other instances): every case read again, listeners told of each. */
  async reloadAll(): Promise<void> {
    const before = new Set(this.open.keys());
    for await (const doc of this.documents.all()) {
      if (doc.value.status === 'closed' && !before.has(doc.value.id)) continue;
      this.index(doc.value);
      this.emit('changed', doc.value, true);
    }
  }

  async *all(): AsyncGenerator<CaseRecord> {
    for await (const doc of this.documents.all()) yield doc.value;
  }
}

export class CaseNotFoundError extends DomainError {
  readonly kind = 'not_found';
  override name = 'CaseNotFoundError';
  constructor(readonly caseId: string) {
    super(`No case ${caseId}`);
  }
}
