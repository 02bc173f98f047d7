import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { testSchema } from '../../support/postgresSchema';
import { startTestApp } from '../../support/testApp';
import { tempDir } from '../../support/tempDir';

const schema = await testSchema();
afterAll(() => schema.drop());

function analyzeSurvival(env: Record<string, string>, args: string[] = []): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyzeSurvival.ts', ...args], {
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', ...env },
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

function onStore(store: 'lowdb' | 'postgres'): void {
  it(`reads the arrangement outcomes the server stored (${store}) and draws time to cure by plan type, band and channel`, async () => {
    const dataDir = tempDir();
    const env: Record<string, string> = store === 'postgres' ? { DATA_DIR: dataDir, STORE: 'postgres', DATABASE_URL: schema.url } : { DATA_DIR: dataDir };
    expect(analyzeSurvival(env).out).toMatch(/no arrangements in the store/);
    const { app } = await startTestApp({ ...env, DEMO_ARRANGEMENTS: '25' }, dataDir);
    await app.close();
    const run = analyzeSurvival(env);
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/25 arrangements from the store, \d+ still open/);
    expect(run.out).toMatch(/Kaplan–Meier by plan type[\s\S]*arrears_plan\s+n=\s*\d+[\s\S]*Kaplan–Meier by band[\s\S]*Kaplan–Meier by channel[\s\S]*webchat/);
  });
}

describe('analyze:survival on the embedded store', () => onStore('lowdb'));
describe.skipIf(schema.unreachable !== null)('analyze:survival on PostgreSQL', () => onStore('postgres'));

describe('analyze:survival --synthetic', () => {
  it('still runs on the seeded generator', () => {
    expect(analyzeSurvival({ DATA_DIR: tempDir() }, ['--synthetic', '--n', '200']).out).toMatch(/200 synthetic arrangements[\s\S]*C-index/);
  });
});
