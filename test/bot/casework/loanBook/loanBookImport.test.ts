import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LowdbLoanBook } from '../../../../bot/casework/loanBook/loanBook';
import { importLoanBookFile } from '../../../../bot/casework/loanBook/loanBookImport';
import { toLoanBookCsv } from '../../../../models/loanBook/loanBookCsv';
import { generateLoanBook } from '../../../../models/loanBook/syntheticLoanBook';
import { tempDir } from '../../../support/tempDir';

/** A realistic export: BOM, CRLF, a quoted field, two bad rows. */
function exportWithProblems(): string {
  const rows = generateLoanBook({ n: 5, seed: 3 });
  const lines = toLoanBookCsv(rows).trim().split('\n');
  const header = lines[0].split(',');
  const bad1 = lines[2].split(',');
  bad1[header.indexOf('Date_Of_Birth')] = '1985-02-30';
  const bad2 = lines[3].split(',');
  bad2[header.indexOf('Monthly_Income')] = 'lots';
  const quoted = lines[4].split(',');
  quoted[header.indexOf('Borrower_ID')] = '"BRW_Q,1"';
  return '\uFEFF' + [lines[0], lines[1], bad1.join(','), bad2.join(','), quoted.join(','), lines[5]].join('\r\n') + '\r\n';
}

describe('loan book import', () => {
  it('imports good rows, reports bad ones with file line numbers, and is idempotent', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'loans.csv');
    writeFileSync(file, exportWithProblems());
    const book = await LowdbLoanBook.open(dir);
    const first = await importLoanBookFile(file, book);
    expect(first.inserted).toBe(3);
    expect(first.rejected.map((r) => r.line)).toEqual([3, 4]);
    expect(first.rejected[0].reason).toMatch(/Date_Of_Birth/);
    expect(first.rejected[1].reason).toMatch(/Monthly_Income/);
    const again = await importLoanBookFile(file, book);
    expect(again).toMatchObject({ inserted: 0, updated: 3 });
    expect(book.size()).toBe(3);
    const quotedLoan = generateLoanBook({ n: 5, seed: 3 })[3].Loan_ID;
    expect((await LowdbLoanBook.open(dir)).get(quotedLoan)?.Borrower_ID).toBe('BRW_Q,1');
  });

  it('requires the identity columns: a file without them imports nothing and says which are missing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'no-identity.csv');
    const rows = generateLoanBook({ n: 3, seed: 1 }).map(({ Date_Of_Birth: _d, Phone: _p, ...rest }) => rest);
    writeFileSync(file, toLoanBookCsv(rows));
    const result = await importLoanBookFile(file, await LowdbLoanBook.open(dir));
    expect(result.inserted).toBe(0);
    expect(result.rejected[0]).toMatchObject({ line: 1 });
    expect(result.rejected[0].reason).toMatch(/Date_Of_Birth, Phone/);
  });

  it('npm run import prints the outcome per file and exits 2 when rows were rejected', () => {
    const dir = tempDir();
    const file = path.join(dir, 'loans.csv');
    writeFileSync(file, exportWithProblems());
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/3 inserted, 0 updated, 2 rejected/);
    expect(run.stdout).toMatch(/line 3: .*Date_Of_Birth/);
    expect(Object.keys(JSON.parse(readFileSync(path.join(dir, 'loans.json'), 'utf8')).loans)).toHaveLength(3);
  });
});
