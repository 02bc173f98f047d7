// npm run import -- loans.csv [more.csv ...]
// Loads loan-book CSVs into DATA_DIR's loan book: good rows imported (re-import updates by Loan_ID),
// bad rows listed with their line numbers. Exit code 0 when every row was imported, 2 when some were
// rejected, 1 when nothing could be done.
import { ConfigError, loadConfig } from '../bot/app/config';
import { lockDataDir } from '../bot/infra/storage/dataDirLock';
import { LowdbLoanBook } from '../bot/casework/loanBook/loanBook';
import { importLoanBookFile } from '../bot/casework/loanBook/loanBookImport';

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npm run import -- FILE.csv [FILE.csv ...]');
    return 1;
  }
  const config = loadConfig();
  const unlock = await lockDataDir(config.dataDir);
  try {
    const loanBook = await LowdbLoanBook.open(config.dataDir);
    let rejectedTotal = 0;
    for (const file of files) {
      const result = await importLoanBookFile(file, loanBook);
      rejectedTotal += result.rejected.length;
      console.log(`${file}: ${result.inserted} inserted, ${result.updated} updated, ${result.rejected.length} rejected`);
      for (const { line, reason } of result.rejected) console.log(`  line ${line}: ${reason}`);
    }
    console.log(`loan book now holds ${loanBook.size()} loans (${config.dataDir})`);
    return rejectedTotal > 0 ? 2 : 0;
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
