import type { Documents } from '../../infra/storage/documents';
import type { SealedBox } from '../../infra/storage/sealedBox';

export interface InboxRecord {
  state: 'pending' | 'done';
  receivedAt: string;
  /** The delivery, sealed (it is raw until its turn redacts it); dropped once done. */
  sealed?: string;
  /** What the client was told (e.g. the Direct Line activity id), so a retry gets the same answer. */
  result?: string;
}

export type Accepted<T> = { state: 'new' | 'pending'; payload: T } | { state: 'done'; result?: string };

/**
 * Inbound deliveries written to disk before they are acknowledged, then
 * processed from here: "acknowledged" means "durable". An id is accepted
 * once; a retry of a finished one gets its old result instead of a second
 * turn, and what a crash left pending is replayed at start.
 */
export class DurableInbox<T> {
  constructor(
    private readonly documents: Documents<InboxRecord>,
    private readonly box: SealedBox,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Records the delivery (fsynced) unless it is already known; throws when it cannot be written. */
  async accept(id: string, payload: T): Promise<Accepted<T>> {
    let existing: InboxRecord | undefined;
    await this.documents.update(id, (current) => {
      existing = current;
      if (current) return undefined;
      return { state: 'pending', receivedAt: this.now().toISOString(), sealed: this.box.seal(JSON.stringify(payload)) };
    });
    if (!existing) return { state: 'new', payload };
    if (existing.state === 'done' || !existing.sealed) return { state: 'done', result: existing.result };
    return { state: 'pending', payload: JSON.parse(this.box.open(existing.sealed)) as T };
  }

  /** The turn is committed: forget the payload, keep the id (and the answer) for retries. */
  async complete(id: string, result?: string): Promise<void> {
    await this.documents.update(id, (current) => ({
      state: 'done',
      receivedAt: current?.receivedAt ?? this.now().toISOString(),
      ...(result ? { result } : {}),
    }));
  }

  /** Deliveries acknowledged but not finished (a crash, a failed write), oldest first. */
  async pending(): Promise<{ id: string; payload: T; receivedAt: string }[]> {
    const found: { id: string; payload: T; receivedAt: string }[] = [];
    for await (const doc of this.documents.all()) {
      if (doc.value.state !== 'pending' || !doc.value.sealed) continue;
      found.push({ id: doc.key, payload: JSON.parse(this.box.open(doc.value.sealed)) as T, receivedAt: doc.value.receivedAt });
    }
    return found.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }

  /** Forgets finished ids older than `before` (retries stop long before). */
  async prune(before: Date): Promise<number> {
    let pruned = 0;
    for await (const doc of this.documents.all()) {
      if (doc.value.state !== 'done' || Date.parse(doc.value.receivedAt) >= before.getTime()) continue;
      await this.documents.delete(doc.key);
      pruned++;
    }
    return pruned;
  }

  flush(): Promise<void> {
    return this.documents.flush();
  }
}
