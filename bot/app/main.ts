import { createApp } from './createApp';
import { ConfigError, loadConfig } from './config';
import { createLogger } from '../infra/logger';

/** Process entry: wiring and signals only. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL);
  const app = await createApp(config, log);
  const url = await app.listen();
  const base = url.replace('127.0.0.1', 'localhost');
  log.info({ url: base, agentConsole: `${base}/agent`, supervisor: `${base}/supervisor`, dataDir: config.dataDir }, 'Forbear is listening');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await app.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
