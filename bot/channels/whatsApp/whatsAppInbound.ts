import type { TurnContext } from 'botbuilder';
import type { RateLimiter } from '../../infra/http/rateLimiter';
import type { Logger } from '../../infra/logger';
import { KeyedMutex } from '../../infra/storage/keyedMutex';
import { isWriteFailure, type StorageHealth } from '../../infra/storage/storageHealth';
import type { DurableInbox } from '../inbox/durableInbox';
import { conversationIdFor, tappedReply, toActivity, WHATSAPP_CHANNEL_ID } from './inboundActivity';
import { pseudonymFor } from './phonePseudonym';
import { decodeReplyId, type ReplyPayload } from './replyId';
import type { WhatsAppAdapter } from './whatsAppAdapter';
import type { WhatsAppStore } from './whatsAppStore';
import { parseWebhookPayload, type ChangeValue, type InboundMessage, type MessageStatus } from './webhookPayload';

export interface WhatsAppInboundDeps {
  adapter: WhatsAppAdapter;
  store: WhatsAppStore;
  inbox: DurableInbox<string>;
  health: StorageHealth;
  logic: (context: TurnContext) => Promise<void>;
  log: Logger;
  phoneNumberId: string;
  maxMessageChars: number;
  perConversation: RateLimiter;
  /** Whether a delivery's turn already committed (the transcript holds its ref). */
  committed?: (channelId: string, conversationId: string, ref: string) => Promise<boolean>;
  /** Keys the borrower's pseudonym (phonePseudonym). */
  pseudonymKey: Buffer;
  /** Told of each delivery status and each message a borrower wrote (outreach outcomes); its failures never fail the delivery. */
  observer?: WhatsAppObserver;
}

export interface WhatsAppObserver {
  status(status: MessageStatus): Promise<void>;
  inbound(waId: string, at: Date): Promise<void>;
}

/** Reactions are not answers; they neither start a turn nor ask the borrower to type. */
const IGNORED_TYPES = new Set(['reaction']);

/**
 * Processes signed deliveries from the durable inbox: each message id is
 * marked processed only once its turn has committed, and the delivery is
 * dropped from the inbox only when all its messages are done. What a crash
 * (or a failed write) left behind is processed again at start.
 */
export class WhatsAppInbound {
  private readonly senderLock = new KeyedMutex();

  constructor(private readonly deps: WhatsAppInboundDeps) {}

  /** Writes the raw delivery to disk; throws (→ 503, Meta retries) when it cannot. */
  async accept(deliveryId: string, raw: string): Promise<boolean> {
    try {
      return (await this.deps.inbox.accept(deliveryId, raw)).state !== 'done';
    } catch (err) {
      this.deps.health.failed(err);
      throw err;
    }
  }

  async process(deliveryId: string, changes: ChangeValue[]): Promise<void> {
    if (await this.handleChanges(changes)) await this.deps.inbox.complete(deliveryId);
  }

  /** Processes deliveries still pending (at start: all; periodically: those older than `olderThanMs`, so fresh ones finish first). */
  async replay(olderThanMs = 0): Promise<number> {
    const cutoff = Date.now() - olderThanMs;
    const pending = (await this.deps.inbox.pending()).filter((d) => Date.parse(d.receivedAt) <= cutoff);
    for (const delivery of pending) {
      const parsed = parseWebhookPayload(JSON.parse(delivery.payload));
      if (parsed.ok) await this.process(delivery.id, parsed.changes).catch((err) => this.deps.log.error({ err }, 'whatsapp replay failed'));
    }
    if (pending.length > 0) this.deps.log.info({ replayed: pending.length }, 'whatsapp: replayed acknowledged deliveries');
    return pending.length;
  }

  private async handleChanges(changes: ChangeValue[]): Promise<boolean> {
    const work: Promise<boolean>[] = [];
    for (const change of changes) {
      if (change.metadata.phone_number_id !== this.deps.phoneNumberId) {
        this.deps.log.warn({ phoneNumberId: change.metadata.phone_number_id }, 'whatsapp webhook for another phone number ignored');
        continue;
      }
      for (const status of change.statuses ?? []) {
        work.push(this.deps.store.recordStatus(status).then(() => (this.observe(() => this.deps.observer?.status(status)), true)));
        if (status.status === 'failed') this.deps.log.warn({ messageId: status.id, codes: status.errors?.map((e) => e.code) }, 'whatsapp message failed');
      }
      // Sorted here and queued per sender, so one borrower's messages are answered in the order written.
      const messages = [...(change.messages ?? [])].sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
      for (const message of messages) {
        work.push(this.senderLock.run(message.from, () => this.receive(message)));
      }
    }
    const results = await Promise.allSettled(work);
    for (const r of results) if (r.status === 'rejected') this.deps.log.error({ err: r.reason }, 'whatsapp message handling failed');
    return results.every((r) => r.status === 'fulfilled' && r.value);
  }

  /** True once the message is done (now or before); false when its turn could not be committed. */
  private async receive(message: InboundMessage): Promise<boolean> {
    const { store, adapter, log } = this.deps;
    if (await store.inboundRecord(message.id)) {
      log.info({ messageId: message.id }, 'whatsapp duplicate delivery ignored');
      return true;
    }
    const at = new Date(Number(message.timestamp) * 1000);
    const held = await store.recordInbound(message.from, at);
    this.observe(() => this.deps.observer?.inbound(message.from, at));
    if (held.length > 0) {
      // A failed release must not also cost the borrower the answer to what they just wrote.
      await adapter.deliver(message.from, held).catch((err) => log.error({ err, held: held.length }, 'whatsapp held messages not delivered'));
    }
    const limited = !this.deps.perConversation.allow(message.from);
    if (limited) log.warn({ messageId: message.id }, 'whatsapp: too many messages from one sender; message dropped');
    if (!IGNORED_TYPES.has(message.type) && !limited) {
      const pseudonym = pseudonymFor(message.from, this.deps.pseudonymKey);
      await store.rememberContact(conversationIdFor(pseudonym), message.from);
      const activity = toActivity(this.limitText(message), { pseudonym, phoneNumberId: this.deps.phoneNumberId, payload: await this.payloadOf(message) });
      const done = await this.deps.committed?.(WHATSAPP_CHANNEL_ID, activity.conversation?.id ?? '', message.id);
      const failed = done ? undefined : await adapter.runTurn(activity, this.deps.logic, message.id);
      if (failed && isWriteFailure(failed)) {
        this.deps.health.failed(failed);
        return false;
      }
    }
    await store.claimInbound(message.id, message.type);
    return true;
  }

  private observe(notify: () => Promise<void> | undefined): void {
    void notify()?.catch((err) => this.deps.log.warn({ err }, 'whatsapp: outreach observer failed'));
  }

  /** MAX_MESSAGE_CHARS holds on WhatsApp too; Meta cannot be told 413, so the bot reads the first part only. */
  private limitText(message: InboundMessage): InboundMessage {
    const body = message.text?.body;
    if (body === undefined || body.length <= this.deps.maxMessageChars) return message;
    return { ...message, text: { body: body.slice(0, this.deps.maxMessageChars) } };
  }

  private async payloadOf(message: InboundMessage): Promise<ReplyPayload | undefined> {
    const reply = tappedReply(message);
    const decoded = reply && decodeReplyId(reply.id);
    if (!decoded) return undefined;
    return 'ref' in decoded ? this.deps.store.reply(decoded.ref) : decoded.payload;
  }
}
