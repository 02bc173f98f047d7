// What every operator command shares: the config, DATA_DIR held against a running server (embedded store only), the store the
// deployment uses (STORE=postgres writes go to the database every instance reads, not to local files), and
// one exit code rule: the command's own, 1 for anything unexpected.
import { loadConfig, type Config } from '../bot/app/config';
import { openDatabase, type Database } from '../bot/app/database';
import { embeddedFoundation, type StoreFoundation } from '../bot/app/storeFoundations';
import { createLogger } from '../bot/infra/logger';
import { lockDataDir } from '../bot/infra/storage/dataDirLock';

export interface CliContext {
  config: Config;
  foundation: StoreFoundation;
  /** STORE=postgres: the migrated database the foundation is built on. */
  database?: Database;
}

/** Runs `command` and exits with what it returns; `exitCodeFor` maps an error the command expects (usage, bad input) to its code. */
export function runCliCommand(command: (context: CliContext) => Promise<number>, exitCodeFor: (err: unknown) => number = () => 1): void {
  open()
    .then(async ({ context, close }) => {
      try {
        return await command(context);
      } finally {
        await close();
      }
    })
    .then(
      (code) => process.exit(code),
      (err) => {
        console.error(err instanceof Error ? err.message : err);
        process.exit(exitCodeFor(err));
      },
    );
}

async function open(): Promise<{ context: CliContext; close: () => Promise<void> }> {
  const config = loadConfig();
  // On PostgreSQL there is no local directory to hold against a server: the command runs from any machine.
  const unlock = config.STORE === 'postgres' ? async () => undefined : await lockDataDir(config.dataDir);
  try {
    const database = config.STORE === 'postgres' ? await openDatabase(config, createLogger('warn', process.stderr)) : undefined;
    const foundation = database?.foundation ?? (await embeddedFoundation(config.dataDir));
    return {
      context: { config, foundation, database },
      close: async () => {
        await foundation.close();
        await database?.close();
        await unlock();
      },
    };
  } catch (err) {
    await unlock();
    throw err;
  }
}
