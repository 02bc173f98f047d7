import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../../models/loanBook/syntheticLoanBook';
import { textOf } from '../../support/intakeConversation';
import { messagesBorrower } from '../../support/messagesBorrower';
import { testSchema } from '../../support/postgresSchema';
import { startTestApp } from '../../support/testApp';
import { tempDir } from '../../support/tempDir';

const schema = await testSchema();
const occupied = await testSchema();
afterAll(() => Promise.all([schema.drop(), occupied.drop()]));

const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;

function storeMigrate(from: string, databaseUrl: string): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/storeMigrate.ts', '--from', from], {
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', STORE: 'postgres', DATABASE_URL: databaseUrl, DATA_DIR: tempDir() },
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe.skipIf(schema.unreachable !== null)('npm run store:migrate', () => {
  it('moves a live intake, the book, staff and the audit log to PostgreSQL; the borrower carries on there; a re-run changes nothing', async () => {
    const embeddedDir = tempDir();
    const embedded = await startTestApp({}, embeddedDir);
    const say = messagesBorrower(embedded.url, 'moving-conversation', 'borrower-moving');
    expect(textOf(await say('hello'))).toMatch(/Would you like to continue/);
    expect(textOf(await say('yes'))).toMatch(/loan reference/);
    expect(textOf(await say(MEDIUM.loanId))).toMatch(/date of birth|last four/i);
    await embedded.app.audit.append({ actor: 'ops', action: 'migration.check' });
    await embedded.app.close();

    const first = storeMigrate(embeddedDir, schema.url);
    expect(first.status, first.out).toBe(0);
    expect(first.out).toMatch(/^loans: 60\/60 copied$/m);
    expect(first.out).toMatch(/^secrets: \d+\/\d+ copied$/m);
    expect(first.out).toMatch(/every count matches/);
    const again = storeMigrate(embeddedDir, schema.url);
    expect(again.status, again.out).toBe(0);
    expect(again.out.split('\n').filter((l) => l.includes('copied'))).toEqual(first.out.split('\n').filter((l) => l.includes('copied')));

    const onPostgres = await startTestApp({ STORE: 'postgres', DATABASE_URL: schema.url });
    expect(textOf(await say(MEDIUM.phoneLast4, onPostgres.url))).toMatch(/verified/);
    expect(await onPostgres.app.audit.read({ action: 'migration.check' })).toHaveLength(1);
  });

  it('refuses a database whose instances already made their own keys, before copying anything', async () => {
    const embeddedDir = tempDir();
    await (await startTestApp({}, embeddedDir)).app.close();
    await (await startTestApp({ STORE: 'postgres', DATABASE_URL: occupied.url })).app.close();
    const refused = storeMigrate(embeddedDir, occupied.url);
    expect(refused.status).toBe(2);
    expect(refused.out).toMatch(/already has a different "\w+" secret/);
  });

  it('says what it needs when run without PostgreSQL or without --from', () => {
    const noFrom = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/storeMigrate.ts'], { encoding: 'utf8' });
    expect(noFrom.status).toBe(1);
    expect(noFrom.stderr).toMatch(/usage/);
    const embeddedOnly = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/storeMigrate.ts', '--from', tempDir()], {
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', STORE: 'lowdb', DATA_DIR: tempDir() },
      encoding: 'utf8',
    });
    expect(embeddedOnly.status).toBe(2);
    expect(embeddedOnly.stderr).toMatch(/STORE=postgres/);
  });
});
