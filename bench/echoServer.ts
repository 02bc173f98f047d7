// Child process of the server benchmark: a bare botbuilder echo bot on the same stack as Forbear (restify, our
// /api/messages route on CloudAdapter, our Direct Line endpoint with its durable inbox), with no middleware and no
// state: what it costs beyond this is the product's own work.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActivityHandler } from 'botbuilder';
import { createCloudAdapter } from '../bot/channels/botFramework/cloudAdapter';
import { registerMessagesRoute } from '../bot/channels/botFramework/messagesRoute';
import { createDirectLineChannel } from '../bot/channels/directLine/directLineChannel';
import { RateLimiter } from '../bot/infra/http/rateLimiter';
import { StorageHealth } from '../bot/infra/storage/storageHealth';
import { EmbeddedStore } from '../bot/infra/storage/embeddedStore';
import { fileBackend } from '../bot/infra/storage/fileBackend';
import { createServer } from '../bot/infra/httpServer';
import { createLogger } from '../bot/infra/logger';

const t = performance.now();
const log = createLogger('silent');
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`echo: ${context.activity.text ?? JSON.stringify(context.activity.value)}`);
  await next();
});
const logic = (context: Parameters<typeof bot.run>[0]) => bot.run(context);
const track = <T>(work: Promise<T>) => work;
const botAccount = { id: 'echo', name: 'Echo' };
// The same Direct Line channel as the app, durable inbox included: acknowledging only what is on disk is part of the stack.
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'forbear-echo-'));
// Its inbox journaled and group-committed like the app's (one backend for the app's stores and its channels).
const directLine = await createDirectLineChannel({
  dataDir,
  storage: fileBackend(dataDir, await EmbeddedStore.open(dataDir)),
  botAccount,
  logic,
  log,
  health: new StorageHealth(dataDir),
  committed: async () => false,
  track,
  tokenTtlSeconds: 1800,
  maxBodyBytes: 262_144,
  maxMessageChars: 10_000,
  newConversationsPerMinute: 1_000_000,
  messagesPerMinute: 1_000_000,
});
const server = createServer({
  log,
  readiness: [],
  homePage: '/dev/null',
  pageDirs: [],
  publicConfig: {},
  routes: [
    (srv) =>
      registerMessagesRoute(srv, {
        cloudAdapter: createCloudAdapter({}, log, 10_000),
        logic,
        log,
        maxBodyBytes: 262_144,
        maxMessageChars: 10_000,
        emulator: { allowRemote: false, serviceUrls: [] },
        perConversation: new RateLimiter(1_000_000, 60_000),
        track,
      }),
    directLine.register,
  ],
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}`, appStartMs: performance.now() - t }));
process.on('SIGTERM', () => {
  server.close();
  process.exit(0);
});
