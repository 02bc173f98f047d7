import type { Activity, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { keyedDigest } from '../../infra/security/keyedDigest';
import { RateLimiter } from '../../infra/http/rateLimiter';
import type { Logger } from '../../infra/logger';
import type { StorageBackend } from '../../infra/storage/documents';
import { fileBackend } from '../../infra/storage/fileBackend';
import { KeyedMutex } from '../../infra/storage/keyedMutex';
import { SealedBox } from '../../infra/storage/sealedBox';
import type { StorageHealth } from '../../infra/storage/storageHealth';
import { DurableInbox, type InboxRecord } from '../inbox/durableInbox';
import { ConversationStreams } from './conversationStreams';
import { DirectLineAdapter } from './directLineAdapter';
import { DirectLineInbound } from './directLineInbound';
import { registerDirectLineRoutes } from './directLineRoutes';
import { DirectLineTokens } from './tokens';

export interface DirectLineChannelDeps {
  dataDir: string;
  /** Where the token secret and the inbox live instead of DATA_DIR (PostgreSQL: shared by every instance). */
  storage?: StorageBackend;
  botAccount: { id: string; name: string };
  logic: (context: TurnContext) => Promise<void>;
  log: Logger;
  health: StorageHealth;
  committed: (channelId: string, conversationId: string, ref: string) => Promise<boolean>;
  track: <T>(work: Promise<T>) => Promise<T>;
  tokenTtlSeconds: number;
  maxBodyBytes: number;
  maxMessageChars: number;
  newConversationsPerMinute: number;
  messagesPerMinute: number;
}

/** Everything our Direct Line endpoint needs: adapter, streams, tokens and the durable inbox. */
export async function createDirectLineChannel(deps: DirectLineChannelDeps) {
  const streams = new ConversationStreams();
  const adapter = new DirectLineAdapter(streams, deps.botAccount);
  const storage = deps.storage ?? fileBackend(deps.dataDir);
  const secret = await storage.secret('directline');
  const tokens = new DirectLineTokens(secret, deps.tokenTtlSeconds);
  // The client address, keyed: fraud signals count identity checks per address without keeping one.
  const sourceOf = (address: string) => `address:${keyedDigest(secret, `source:${address}`).slice(0, 22)}`;
  const box = new SealedBox(await storage.secret('inbox'));
  const inbox = new DurableInbox<Partial<Activity>>(storage.documents<InboxRecord>('inbox/directline'), box);
  const turnLock = new KeyedMutex();
  const inbound = new DirectLineInbound({
    adapter,
    streams,
    inbox,
    logic: deps.logic,
    health: deps.health,
    log: deps.log,
    turnLock,
    track: deps.track,
    committed: deps.committed,
  });
  const register = (server: Server) =>
    registerDirectLineRoutes(server, {
      adapter,
      streams,
      tokens,
      botAccount: deps.botAccount,
      logic: deps.logic,
      log: deps.log,
      maxBodyBytes: deps.maxBodyBytes,
      maxMessageChars: deps.maxMessageChars,
      newConversationsPerMinute: deps.newConversationsPerMinute,
      track: deps.track,
      inbound,
      turnLock,
      perConversation: new RateLimiter(deps.messagesPerMinute, 60_000),
      sourceOf,
    });
  // Finished ids are kept two days for client retries, then forgotten.
  const prune = () => inbox.prune(new Date(Date.now() - 2 * 86_400_000)).catch((err) => deps.log.warn({ err }, 'direct line: pruning the inbox failed'));
  const pruner = setInterval(prune, 86_400_000).unref();
  return {
    adapter,
    streams,
    box,
    committed: deps.committed,
    register,
    replay: () => inbound.replay(),
    stop: () => clearInterval(pruner),
    flush: () => inbox.flush(),
  };
}
