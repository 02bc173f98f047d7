/**
 * npm run lgd -- --data loans.csv [--partial-recovery 50]
 * Estimates the loss given default from a loan book's Recovery_Status and Outstanding_Loan_Amount columns and
 * prints one JSON line: the estimate and the `recoveryOnFailure` block to put in the offer policy.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseLoanBookCsv } from '../models/loanBook/loanBookCsv';
import { estimateRecoveryOnFailure } from '../models/offers/recoveryOnFailure';

function fail(message: string): never {
  console.error(`lgd: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { data: { type: 'string' }, 'partial-recovery': { type: 'string', default: '50' } } });
if (!values.data) fail('usage: npm run lgd -- --data FILE.csv [--partial-recovery PCT]');
const partialRecoveryPct = Number(values['partial-recovery']);
if (!(partialRecoveryPct >= 0 && partialRecoveryPct <= 100)) fail(`--partial-recovery must be a percentage, got ${values['partial-recovery']}`);

let text: string;
try {
  text = readFileSync(values.data, 'utf8');
} catch (err) {
  fail(`cannot read ${values.data}: ${(err as Error).message}`);
}
const { rows, errors } = parseLoanBookCsv(text);
for (const e of errors.slice(0, 20)) console.error(`${values.data}:${e.line}: ${e.reason}`);
if (errors.length > 0) fail(`${errors.length} problem(s) in ${values.data}; fix them and retry`);
try {
  const estimate = estimateRecoveryOnFailure(rows, { partialRecoveryPct });
  console.log(JSON.stringify({ source: values.data, rows: rows.length, ...estimate, policy: { recoveryOnFailure: { lgdPct: Math.round(estimate.lgdPct) } } }));
} catch (err) {
  fail((err as Error).message);
}
