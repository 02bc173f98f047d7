import { createApp } from './createApp';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger } from '../infra/logger';

/** What the start log says about `/api/messages`, so an operator sees an open Emulator endpoint at once. */
function botFrameworkMode(config: Config): string {
  if (config.authEnabled) return 'authenticated: Bot Connector JWTs required (MicrosoftAppId set)';
  if (config.EMULATOR_ALLOW_REMOTE === 'true')
    return 'UNAUTHENTICATED Emulator mode open to remote callers (EMULATOR_ALLOW_REMOTE=true): do not use in production';
  return 'unauthenticated Emulator mode: loopback callers, channelId "emulator" and loopback serviceUrls only';
}

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
  // One line, so whoever waits for "listening" (an operator, a supervisor process) also sees the trust mode.
  log.info(
    { url: base, agentConsole: `${base}/agent`, supervisor: `${base}/supervisor`, dataDir: config.dataDir, botFramework: botFrameworkMode(config) },
    'Forbear is listening',
  );

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
