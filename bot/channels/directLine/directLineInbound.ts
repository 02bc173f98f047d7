import { randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import { HttpError } from '../../infra/http/httpErrors';
import type { Logger } from '../../infra/logger';
import type { KeyedMutex } from '../../infra/storage/keyedMutex';
import { isWriteFailure, type StorageHealth } from '../../infra/storage/storageHealth';
import type { DurableInbox } from '../inbox/durableInbox';
import type { ConversationStreams } from './conversationStreams';
import { DIRECTLINE_CHANNEL_ID, type DirectLineAdapter } from './directLineAdapter';

export interface DirectLineInboundDeps {
  adapter: DirectLineAdapter;
  streams: ConversationStreams;
  inbox: DurableInbox<Partial<Activity>>;
  logic: (context: TurnContext) => Promise<void>;
  health: StorageHealth;
  log: Logger;
  /** Whether a delivery's turn already committed (the transcript holds its ref). */
  committed: (channelId: string, conversationId: string, ref: string) => Promise<boolean>;
  /** Turns of one conversation run one at a time (shared with the welcome turn). */
  turnLock: KeyedMutex;
  track: <T>(work: Promise<T>) => Promise<T>;
}

/** 503 with Retry-After: the client keeps the message and sends it again, and nothing was acknowledged. */
export class StorageUnavailableError extends HttpError {
  constructor() {
    super(503, 'The service cannot store messages right now; please send it again shortly');
  }
}

/**
 * A posted activity is acknowledged only once it is on disk (the inbox) and
 * its turn has committed; a retry with the same clientActivityID gets the
 * same id back and no second turn, and what a crash left pending is replayed
 * at start.
 */
export class DirectLineInbound {
  constructor(private readonly deps: DirectLineInboundDeps) {}

  receive(conversationId: string, activity: Partial<Activity>, clientId: string | undefined): Promise<{ id: string; duplicate: boolean }> {
    const key = `${conversationId}|${clientId ?? randomUUID()}`;
    return this.deps.track(
      this.deps.turnLock.run(conversationId, async () => {
        const accepted = await this.guard(() => this.deps.inbox.accept(key, activity));
        if (accepted.state === 'done') return { id: accepted.result ?? '', duplicate: true };
        // Web Chat needs to see its own activity echoed, with its clientActivityID, before the reply.
        const id = this.deps.streams.append(conversationId, accepted.payload);
        await this.run(key, { ...accepted.payload, id, timestamp: new Date() }, id);
        return { id, duplicate: false };
      }),
    );
  }

  /** Runs what was acknowledged but not finished before the last stop. */
  async replay(): Promise<number> {
    const pending = await this.deps.inbox.pending();
    for (const { id: key, payload } of pending) {
      const conversationId = payload.conversation?.id ?? '';
      await this.deps.turnLock.run(conversationId, async () => {
        const id = this.deps.streams.append(conversationId, payload);
        await this.run(key, { ...payload, id, timestamp: new Date() }, id).catch((err) =>
          this.deps.log.error({ err: { name: (err as Error).name }, conversationId }, 'direct line replay failed'),
        );
      });
    }
    if (pending.length > 0) this.deps.log.info({ replayed: pending.length }, 'direct line: replayed acknowledged messages');
    return pending.length;
  }

  private async run(key: string, activity: Partial<Activity>, id: string): Promise<void> {
    // Pending but already in the transcript: the crash came between the turn's last write and this mark.
    const done = await this.deps.committed(DIRECTLINE_CHANNEL_ID, activity.conversation?.id ?? '', key);
    const failed = done ? undefined : await this.deps.adapter.runTurn(activity, this.deps.logic, key);
    // A turn that could not be written stays pending: the client retries (503) or the next start replays it.
    if (failed && isWriteFailure(failed)) {
      this.deps.health.failed(failed);
      throw new StorageUnavailableError();
    }
    await this.guard(() => this.deps.inbox.complete(key, id));
  }

  private async guard<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (err) {
      this.deps.health.failed(err);
      this.deps.log.error({ code: (err as NodeJS.ErrnoException).code }, 'direct line: message could not be stored');
      throw new StorageUnavailableError();
    }
  }
}
