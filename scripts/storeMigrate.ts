// STORE=postgres DATABASE_URL=... npm run store:migrate -- --from DATA_DIR
// Copies an embedded store (the lowdb DATA_DIR of a single-instance deployment) into the PostgreSQL database
// the instances will share, then checks that every document, loan, account and audit entry is there. Safe to
// run again. Stop the server on DATA_DIR first (its lock is taken). Exit code 0 when every count matches, 2
// when the copy was refused or a count differs, 1 when nothing could be done.
import path from 'node:path';
import { migrateEmbeddedStore, StoreMigrationError } from '../bot/app/storeMigration';
import { lockDataDir } from '../bot/infra/storage/dataDirLock';
import { runCliCommand } from './cliCommand';

const args = process.argv.slice(2);
const from = args[args.indexOf('--from') + 1];
if (!args.includes('--from') || !from) {
  console.error('usage: STORE=postgres DATABASE_URL=postgres://... npm run store:migrate -- --from DATA_DIR');
  process.exit(1);
}

runCliCommand(
  async ({ config, database }) => {
    if (!database) throw new StoreMigrationError('store:migrate copies into PostgreSQL: set STORE=postgres and DATABASE_URL');
    const source = path.resolve(from);
    // The source must be idle: a server still writing to it would make the copy stale the moment it ends.
    const unlock = source === config.dataDir ? async () => undefined : await lockDataDir(source);
    try {
      for (const { name, source: held, target } of await migrateEmbeddedStore(source, database.pool)) console.log(`${name}: ${target}/${held} copied`);
    } finally {
      await unlock();
    }
    console.log(`${source} copied into PostgreSQL; every count matches`);
    return 0;
  },
  (err) => (err instanceof StoreMigrationError ? 2 : 1),
);
