import path from 'node:path';
import { ConversationState, UserState } from 'botbuilder';
import type { Server } from 'restify';
import { MainDialog } from '../dialogs/mainDialog';
import { createCloudAdapter } from './cloudAdapter';
import type { Config } from './config';
import { seedLoanBook } from './demoData';
import { ConversationStreams } from './directline/conversationStreams';
import { DirectLineAdapter } from './directline/directLineAdapter';
import { DirectLineTokens } from './directline/tokens';
import { ForbearBot } from './forbearBot';
import { InFlight } from './inFlight';
import type { Logger } from './logger';
import { createOnTurnError } from './onTurnError';
import { createServer } from './server';
import { BotStateStorage } from './storage/botStateStorage';
import { lockDataDir } from './storage/dataDirLock';
import { DocumentStore } from './storage/documentStore';
import { LowdbLoanBook } from './storage/loanBook';
import { loadOrCreateSecret } from './storage/secretFile';

export interface App {
  server: Server;
  loanBook: LowdbLoanBook;
  /** Starts listening; resolves with the base URL (port 0 picks a free port). */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops taking requests, lets in-flight turns finish, flushes the stores and releases DATA_DIR. */
  close(): Promise<void>;
}

/** The composition root: config → stores → services → dialogs → bot → adapters → routes. */
export async function createApp(config: Config, log: Logger): Promise<App> {
  const unlock = await lockDataDir(config.dataDir);
  try {
    const stateDocuments = new DocumentStore<Record<string, unknown>>(path.join(config.dataDir, 'state'));
    const storage = new BotStateStorage(stateDocuments);
    const loanBook = await LowdbLoanBook.open(config.dataDir);
    await seedLoanBook(config, loanBook, log);

    const conversationState = new ConversationState(storage);
    const userState = new UserState(storage);
    const bot = new ForbearBot(conversationState, userState, new MainDialog({ lenderName: config.LENDER_NAME }));
    const logic = (context: Parameters<ForbearBot['run']>[0]) => bot.run(context);

    const onTurnError = createOnTurnError(log);
    const cloudAdapter = createCloudAdapter(config);
    cloudAdapter.onTurnError = onTurnError;
    const botAccount = { id: 'forbear', name: config.LENDER_NAME };
    const streams = new ConversationStreams();
    const directLineAdapter = new DirectLineAdapter(streams, botAccount);
    directLineAdapter.onTurnError = onTurnError;
    const tokens = new DirectLineTokens(await loadOrCreateSecret(config.dataDir, 'directline'), config.DIRECTLINE_TOKEN_TTL_SECONDS);

    const inFlight = new InFlight();
    let closing = false;
    const server = createServer({
      config,
      log,
      cloudAdapter,
      logic,
      directLine: { adapter: directLineAdapter, streams, tokens, botAccount },
      inFlight,
      readiness: [
        () => ({ name: 'accepting', ok: !closing }),
        () => ({ name: 'loanBook', ok: loanBook.size() > 0, detail: `${loanBook.size()} loans` }),
      ],
    });
    const sweeper = setInterval(() => streams.sweep(), 10 * 60 * 1000).unref();

    return {
      server,
      loanBook,
      listen: (port = config.PORT, host = config.HOST) =>
        new Promise((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, host, () => {
            const address = server.address();
            resolve(`http://127.0.0.1:${address.port}`);
          });
        }),
      close: async () => {
        closing = true;
        clearInterval(sweeper);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive sockets would hold close() open; in-flight requests are awaited below.
          server.server.closeIdleConnections?.();
        });
        const drained = await inFlight.drain(10_000);
        if (!drained) log.warn({ pending: inFlight.size }, 'shutdown: turns still running after 10 s');
        await stateDocuments.flush();
        await unlock();
      },
    };
  } catch (err) {
    await unlock();
    throw err;
  }
}
