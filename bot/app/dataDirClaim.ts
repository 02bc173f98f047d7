import type { Logger } from '../infra/logger';
import { lockDataDir } from '../infra/storage/dataDirLock';
import { sweepTempFiles } from '../infra/storage/tempFileSweep';
import type { Config } from './config';

/**
 * The embedded store owns DATA_DIR: one process at a time (the lock), and temp
 * files a crash left are removed before anything reads it. On PostgreSQL
 * nothing lives on local disk (secrets, deployed versions and every record are
 * rows shared by the instances), so there is no directory to own and N
 * instances run from one image with none. Resolves to the release.
 */
export async function claimDataDir(config: Config, log: Logger): Promise<() => Promise<void>> {
  if (config.STORE === 'postgres') return async () => undefined;
  const unlock = await lockDataDir(config.dataDir);
  try {
    const swept = await sweepTempFiles(config.dataDir);
    if (swept > 0) log.info({ swept }, 'removed temp files left by an earlier crash');
  } catch (err) {
    await unlock();
    throw err;
  }
  return unlock;
}
