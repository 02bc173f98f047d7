import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toLoanBookCsv } from '../../../models/loanBook/loanBookCsv';
import { generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';
import { testSchema } from '../../support/postgresSchema';
import { tempDir } from '../../support/tempDir';

const schema = await testSchema();
afterAll(() => schema.drop());

/** The operator commands as an operator runs them: a process with the deployment's environment. */
function command(script: string, args: string[], env: Record<string, string>): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', ...env },
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

function bookFiles(dir: string): { loans: string; payments: string } {
  const rows = generateLoanBook({ n: 4, seed: 11 });
  const loans = path.join(dir, 'loans.csv');
  writeFileSync(loans, toLoanBookCsv(rows));
  const payments = path.join(dir, 'payments.csv');
  writeFileSync(payments, ['loan,date,amount,reference', `${rows[0].Loan_ID},2026-11-02,1500,UTR-1`, `${rows[1].Loan_ID},2026-11-03,900,UTR-2`].join('\n'));
  return { loans, payments };
}

/** Every operator command writes where the server reads: the same steps against each store. */
function operatorCommandsOn(store: 'lowdb' | 'postgres'): void {
  it(`import, import:payments and user write to the ${store} store and a second run sees the first`, () => {
    const dataDir = tempDir();
    const env: Record<string, string> =
      store === 'postgres' ? { DATA_DIR: dataDir, STORE: 'postgres', DATABASE_URL: schema.url } : { DATA_DIR: dataDir, STORE: 'lowdb' };
    const files = bookFiles(tempDir());

    expect(command('import', [files.loans], env)).toMatchObject({ status: 0, out: expect.stringMatching(/4 inserted, 0 updated, 0 rejected/) });
    expect(command('import', [files.loans], env).out).toMatch(/0 inserted, 4 updated, 0 rejected[\s\S]*holds 4 loans/);

    expect(command('importPayments', [files.payments], env)).toMatchObject({ status: 0, out: expect.stringMatching(/2 recorded, 0 already recorded/) });
    expect(command('importPayments', [files.payments], env).out).toMatch(/0 recorded, 2 already recorded/);

    expect(command('user', ['add', 'asha', '--role', 'agent', '--display', 'Asha Rao'], env)).toMatchObject({
      status: 0,
      out: expect.stringMatching(/added asha \(agent\); password: \S{12,}/),
    });
    expect(command('user', ['add', 'asha', '--role', 'agent'], env).status).toBe(2);
    expect(command('user', ['list'], env).out).toMatch(/asha\tagent\tAsha Rao/);

    // With PostgreSQL nothing of the book lands in DATA_DIR, where other instances would never see it.
    expect(existsSync(path.join(dataDir, 'loans.json'))).toBe(store === 'lowdb');
  });
}

describe('operator commands on the embedded store', () => operatorCommandsOn('lowdb'));
describe.skipIf(schema.unreachable !== null)('operator commands on PostgreSQL', () => operatorCommandsOn('postgres'));

describe('operator commands on bad input', () => {
  it('a missing file or an unknown subcommand exits non-zero with a message and writes nothing', () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir, STORE: 'lowdb' };
    const missing = command('import', [path.join(dataDir, 'nope.csv')], env);
    expect(missing.status).toBe(1);
    expect(missing.out).toMatch(/nope\.csv/);
    const unknown = command('user', ['frobnicate'], env);
    expect(unknown.status).not.toBe(0);
    expect(unknown.out).toMatch(/usage/);
  });
});
