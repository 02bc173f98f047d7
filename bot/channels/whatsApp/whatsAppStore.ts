import { randomBytes } from 'node:crypto';
import { keyedDigest } from '../../infra/security/keyedDigest';
import type { Documents, StorageBackend } from '../../infra/storage/documents';
import { fileBackend } from '../../infra/storage/fileBackend';
import { SealedBox } from '../../infra/storage/sealedBox';
import { legacyWaId } from './inboundActivity';
import { maskPhone } from './phonePseudonym';

/** A user record as stored: keyed by a keyed digest of the number, held-back bodies (they carry it) sealed. */
interface StoredUser {
  lastInboundAt?: string;
  sealed?: string;
}
import type { ReplyPayload } from './replyId';
import type { SendBody } from './sendBody';
import type { MessageStatus } from './webhookPayload';

export interface StatusEntry {
  status: MessageStatus['status'];
  at: string;
  errors?: { code: number; title?: string }[];
}

/** One message we sent, keyed by its wamid, with every status WhatsApp reported for it. */
export interface OutboundRecord {
  to: string;
  type?: SendBody['type'];
  sentAt?: string;
  /** Set when a template went out because the window was closed; counts the messages held back. */
  withheld?: number;
  statuses: StatusEntry[];
}

/** Per borrower (wa_id): when they last wrote, and messages held back while the window was closed. */
export interface UserRecord {
  lastInboundAt?: string;
  pending: SendBody[];
}

/**
 * What the WhatsApp channel must remember across restarts, on DocumentStore
 * (one small file per key): inbound ids already handled (Meta redelivers),
 * outbound messages and their statuses, the customer-service window per user
 * and reply payloads too long for a button id.
 */
export class WhatsAppStore {
  private readonly inbound: Documents<{ receivedAt: string; type: string }>;
  private readonly outbound: Documents<OutboundRecord>;
  private readonly users: Documents<StoredUser>;
  private readonly replies: Documents<ReplyPayload>;
  /** Pseudonymous conversation id → the number to reply to, sealed. */
  private readonly contacts: Documents<{ sealed: string }>;

  constructor(
    /** A folder of its own, or a backend whose collections are the channel's alone. */
    where: string | StorageBackend,
    private readonly box: SealedBox = new SealedBox(randomBytes(32)),
    private readonly numberKey: Buffer = randomBytes(32),
  ) {
    const backend = typeof where === 'string' ? fileBackend(where) : where;
    this.contacts = backend.documents('contacts');
    this.inbound = backend.documents('inbound');
    this.outbound = backend.documents('outbound');
    this.users = backend.documents('users');
    this.replies = backend.documents('replies');
  }

  /** True the first time a message id is seen, false for every redelivery (atomic per id). */
  async claimInbound(messageId: string, type: string, now = new Date()): Promise<boolean> {
    let fresh = false;
    await this.inbound.update(messageId, (current) => {
      if (current) return undefined;
      fresh = true;
      return { receivedAt: now.toISOString(), type };
    });
    return fresh;
  }

  /**
   * Forgets inbound ids received before `before`. Meta stops redelivering a
   * webhook after 7 days, so older ids can no longer come back as duplicates.
   */
  async pruneInbound(before: Date): Promise<number> {
    let pruned = 0;
    for await (const doc of this.inbound.all()) {
      if (Date.parse(doc.value.receivedAt) >= before.getTime()) continue;
      await this.inbound.delete(doc.key);
      pruned++;
    }
    return pruned;
  }

  /** Remembers which number a pseudonymous conversation replies to (written once). */
  async rememberContact(conversationId: string, waId: string): Promise<void> {
    await this.contacts.update(conversationId, (current) => (current ? undefined : { sealed: this.box.seal(waId) }));
  }

  /** The number to reply to; ids from before pseudonyms carry it themselves. */
  async waIdFor(conversationId: string): Promise<string | undefined> {
    const stored = (await this.contacts.get(conversationId))?.value;
    return stored ? this.box.open(stored.sealed) : legacyWaId(conversationId);
  }

  private userKey(waId: string): string {
    return keyedDigest(this.numberKey, waId);
  }

  private pendingOf(user: StoredUser | undefined): SendBody[] {
    return user?.sealed ? (JSON.parse(this.box.open(user.sealed)) as SendBody[]) : [];
  }

  async user(waId: string): Promise<UserRecord> {
    const stored = (await this.users.get(this.userKey(waId)))?.value;
    return { ...(stored?.lastInboundAt ? { lastInboundAt: stored.lastInboundAt } : {}), pending: this.pendingOf(stored) };
  }

  /** Records the inbound time (opening the window) and hands back, and forgets, any held-back messages. */
  async recordInbound(waId: string, at: Date): Promise<SendBody[]> {
    let pending: SendBody[] = [];
    await this.users.update(this.userKey(waId), (current) => {
      pending = this.pendingOf(current);
      const last = current?.lastInboundAt;
      // Out-of-order deliveries must not move the window backwards.
      const lastInboundAt = last && last > at.toISOString() ? last : at.toISOString();
      return { lastInboundAt };
    });
    return pending;
  }

  async holdBack(waId: string, bodies: SendBody[]): Promise<void> {
    await this.users.update(this.userKey(waId), (current) => ({
      ...(current?.lastInboundAt ? { lastInboundAt: current.lastInboundAt } : {}),
      sealed: this.box.seal(JSON.stringify([...this.pendingOf(current), ...bodies])),
    }));
  }

  /** `to` is kept masked: delivery records are for counting and statuses, not for reaching anyone. */
  async recordSent(messageId: string, record: Omit<OutboundRecord, 'statuses'>): Promise<void> {
    await this.outbound.update(messageId, (current) => ({ ...record, to: maskPhone(record.to), statuses: current?.statuses ?? [] }));
  }

  /** Statuses can beat the send response back, so an unknown id starts a record rather than being dropped. */
  async recordStatus(status: MessageStatus): Promise<void> {
    const entry: StatusEntry = {
      status: status.status,
      at: new Date(Number(status.timestamp) * 1000).toISOString(),
      ...(status.errors?.length ? { errors: status.errors.map((e) => ({ code: e.code, ...(e.title ? { title: e.title } : {}) })) } : {}),
    };
    await this.outbound.update(status.id, (current) => ({
      ...(current ?? { to: maskPhone(status.recipient_id) }),
      statuses: [...(current?.statuses ?? []), entry],
    }));
  }

  async outboundRecord(messageId: string): Promise<OutboundRecord | undefined> {
    return (await this.outbound.get(messageId))?.value;
  }

  async saveReplies(replies: Map<string, ReplyPayload>): Promise<void> {
    for (const [ref, payload] of replies) await this.replies.put(ref, payload);
  }

  async inboundRecord(messageId: string): Promise<{ receivedAt: string; type: string } | undefined> {
    return (await this.inbound.get(messageId))?.value;
  }

  async reply(ref: string): Promise<ReplyPayload | undefined> {
    return (await this.replies.get(ref))?.value;
  }

  /**
   * Retention: forgets phone numbers, held-back message bodies, delivery
   * records and reply payloads not written since `cutoff`. Returns the keys.
   */
  async purgeOlderThan(cutoff: Date): Promise<string[]> {
    const purged = await Promise.all([this.users, this.outbound, this.replies, this.contacts].map((store) => store.purgeOlderThan(cutoff)));
    return purged.flat();
  }

  async flush(): Promise<void> {
    await Promise.all([this.inbound.flush(), this.outbound.flush(), this.users.flush(), this.replies.flush(), this.contacts.flush()]);
  }
}
