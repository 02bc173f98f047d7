// npm run import:payments -- payments.csv [more.csv ...]
// Records a servicing system's payments (loan,date,amount,reference) in DATA_DIR. A reference already
// recorded is a duplicate, not a second payment, so a file can be imported again. Bad rows are listed
// with their line numbers. Exit code 0 when every row was recorded or known, 2 when some were rejected,
// 1 when nothing could be done.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../bot/app/config';
import { LowdbLoanBook } from '../bot/casework/loanBook/loanBook';
import { PaymentIntake } from '../bot/casework/payments/paymentIntake';
import { PaymentStore } from '../bot/casework/payments/paymentStore';
import { DocumentStore } from '../bot/infra/storage/documentStore';
import { lockDataDir } from '../bot/infra/storage/dataDirLock';
import type { Payment } from '../models/payments/payment';

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npm run import:payments -- FILE.csv [FILE.csv ...]');
    return 1;
  }
  const config = loadConfig();
  const unlock = await lockDataDir(config.dataDir);
  try {
    const loanBook = await LowdbLoanBook.open(config.dataDir);
    const ledger = await PaymentStore.open(new DocumentStore<Payment>(path.join(config.dataDir, 'payments')));
    const intake = new PaymentIntake({ ledger, knownLoan: (id) => loanBook.get(id) !== undefined, now: () => new Date() });
    let rejected = 0;
    for (const file of files) {
      const result = await intake.importCsv(await fs.readFile(file, 'utf8'));
      rejected += result.rejected.length;
      console.log(`${file}: ${result.recorded} recorded, ${result.duplicates} already recorded, ${result.rejected.length} rejected`);
      for (const { at, reason } of result.rejected) console.log(`  line ${at}: ${reason}`);
    }
    return rejected > 0 ? 2 : 0;
  } finally {
    await unlock();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
