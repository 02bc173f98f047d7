import { afterEach } from 'vitest';
import { createApp, type App } from '../../bot/app/createApp';
import { loadConfig, type Config } from '../../bot/app/config';
import { createLogger } from '../../bot/infra/logger';
import { tempDir } from './tempDir';

export interface RunningApp {
  app: App;
  url: string;
  config: Config;
}

/** Starts the real server on a free port with its own DATA_DIR; closed after the test. */
export async function startTestApp(env: Record<string, string> = {}, dataDir = tempDir()): Promise<RunningApp> {
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_LOANS: '60', DEMO_ARRANGEMENTS: '0', ...env });
  const app = await createApp(config, createLogger('silent'));
  const url = await app.listen(0, '127.0.0.1');
  let closed = false;
  const close = app.close.bind(app);
  app.close = async () => {
    if (closed) return;
    closed = true;
    await close();
  };
  afterEach(() => app.close());
  return { app, url, config };
}
