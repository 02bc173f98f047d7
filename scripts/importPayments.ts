// npm run import:payments -- payments.csv [more.csv ...]
// Records a servicing system's payments (loan,date,amount,reference) in the deployment's store (DATA_DIR, or
// PostgreSQL with STORE=postgres). A reference already recorded is a duplicate, not a second payment, so a
// file can be imported again. Bad rows are listed with their line numbers. Exit code 0 when every row was
// recorded or known, 2 when some were rejected, 1 when nothing could be done.
import { promises as fs } from 'node:fs';
import { PaymentIntake } from '../bot/casework/payments/paymentIntake';
import { PaymentStore } from '../bot/casework/payments/paymentStore';
import type { Payment } from '../models/payments/payment';
import { runCliCommand } from './cliCommand';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run import:payments -- FILE.csv [FILE.csv ...]');
  process.exit(1);
}

runCliCommand(async ({ foundation }) => {
  const loanBook = await foundation.loanBook();
  const ledger = await PaymentStore.open(foundation.backend.documents<Payment>('payments'));
  const intake = new PaymentIntake({ ledger, knownLoan: (id) => loanBook.get(id) !== undefined, now: () => new Date() });
  let rejected = 0;
  for (const file of files) {
    const result = await intake.importCsv(await fs.readFile(file, 'utf8'));
    rejected += result.rejected.length;
    console.log(`${file}: ${result.recorded} recorded, ${result.duplicates} already recorded, ${result.rejected.length} rejected`);
    for (const { at, reason } of result.rejected) console.log(`  line ${at}: ${reason}`);
  }
  return rejected > 0 ? 2 : 0;
});
