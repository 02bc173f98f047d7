// Child process of the server benchmark: the real app on DATA_DIR (from the environment), silent, on a free port.
import { createApp } from '../bot/app/createApp';
import { loadConfig } from '../bot/app/config';
import { createLogger } from '../bot/infra/logger';

const t = performance.now();
const app = await createApp(
  // No demo arrangements: a loan with one (and a missed instalment) is told of it after verification, not offered plans,
  // and every benchmark intake must run the whole way.
  loadConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'silent', DIRECTLINE_NEW_CONVERSATIONS_PER_MINUTE: '100000', DEMO_ARRANGEMENTS: '0' }),
  // BENCH_SERVER_LOG=error shows what went wrong in a run that failed.
  createLogger((process.env.BENCH_SERVER_LOG as 'error' | undefined) ?? 'silent', process.stderr),
);
const url = await app.listen(0, '127.0.0.1');
console.log(JSON.stringify({ url, appStartMs: performance.now() - t }));
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
