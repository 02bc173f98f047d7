import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLoanBookCsv, toLoanBookCsv } from '../../../models/loanBook/loanBookCsv';
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

describe('export:training', () => {
  it("writes the store's book in the schema the trainer reads (no identity columns), and the trainer trains on it", () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir, STORE: 'lowdb' };
    const book = path.join(tempDir(), 'book.csv');
    writeFileSync(book, toLoanBookCsv(generateLoanBook({ n: 120, seed: 5 })));
    expect(command('import', [book], env).status).toBe(0);
    const out = path.join(tempDir(), 'export.csv');
    const exported = command('exportTraining', ['--out', out], env);
    expect(exported).toMatchObject({ status: 0, out: expect.stringMatching(/120 loans, 0 with conversation facts/) });
    const csv = readFileSync(out, 'utf8');
    const { rows, errors } = parseLoanBookCsv(csv);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(120);
    expect(csv.split('\n')[0]).not.toMatch(/Date_Of_Birth|Phone/);
    const trained = command('train', ['--data', out, '--trees', '20', '--out', tempDir()], {});
    expect(trained.status).toBe(0);
    expect(JSON.parse(trained.out.trim().split('\n').pop()!).metrics.rocAuc).toBeGreaterThan(0);
  });
});

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
