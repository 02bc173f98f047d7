import { EventEmitter } from 'node:events';
import type { Activity } from 'botbuilder';

interface Stream {
  activities: Partial<Activity>[];
  lastUsed: number;
}

/**
 * The activities of each Direct Line conversation, in order, addressed by
 * watermark (the index after the last activity a client has seen). Held in
 * memory: the durable record of a conversation is the bot state and the
 * transcript, and idle streams are dropped so memory stays bounded.
 */
export class ConversationStreams extends EventEmitter<{
  /** `relayed`: appended here because another instance appended it (instances keep the same streams). */
  appended: [conversationId: string, activity: Partial<Activity>, relayed: boolean];
}> {
  private readonly streams = new Map<string, Stream>();

  constructor(
    private readonly maxActivitiesPerConversation = 2_000,
    private readonly idleMs = 6 * 60 * 60 * 1000,
  ) {
    super();
  }

  has(conversationId: string): boolean {
    return this.streams.has(conversationId);
  }

  open(conversationId: string): void {
    if (!this.streams.has(conversationId)) this.streams.set(conversationId, { activities: [], lastUsed: Date.now() });
  }

  /** Appends and returns the id given to the activity. */
  append(conversationId: string, activity: Partial<Activity>, relayed = false): string {
    this.open(conversationId);
    const stream = this.streams.get(conversationId)!;
    const id = `${conversationId}|${String(stream.activities.length).padStart(7, '0')}`;
    const stored = { ...activity, id, timestamp: activity.timestamp ?? new Date() };
    stream.activities.push(stored);
    this.emit('appended', conversationId, stored, relayed);
    stream.lastUsed = Date.now();
    if (stream.activities.length > this.maxActivitiesPerConversation) {
      // Keep indices stable for watermarks: blank out the oldest instead of shifting.
      stream.activities[stream.activities.length - this.maxActivitiesPerConversation - 1] = {};
    }
    return id;
  }

  since(conversationId: string, watermark: number): { activities: Partial<Activity>[]; watermark: number } {
    const stream = this.streams.get(conversationId);
    if (!stream) return { activities: [], watermark: 0 };
    stream.lastUsed = Date.now();
    const from = Math.max(0, Math.min(watermark, stream.activities.length));
    return { activities: stream.activities.slice(from).filter((a) => a.type !== undefined), watermark: stream.activities.length };
  }

  sweep(now = Date.now()): void {
    for (const [id, stream] of this.streams) if (now - stream.lastUsed > this.idleMs) this.streams.delete(id);
  }
}
