// npm run import -- loans.csv [more.csv ...]
// Loads loan-book CSVs into the deployment's loan book (DATA_DIR, or PostgreSQL with STORE=postgres): good
// rows imported (re-import updates by Loan_ID), bad rows listed with their line numbers. Exit code 0 when
// every row was imported, 2 when some were rejected, 1 when nothing could be done.
import { importLoanBookFile } from '../bot/casework/loanBook/loanBookImport';
import { runCliCommand } from './cliCommand';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run import -- FILE.csv [FILE.csv ...]');
  process.exit(1);
}

runCliCommand(async ({ config, foundation }) => {
  const loanBook = await foundation.loanBook();
  let rejectedTotal = 0;
  for (const file of files) {
    const result = await importLoanBookFile(file, loanBook);
    rejectedTotal += result.rejected.length;
    console.log(`${file}: ${result.inserted} inserted, ${result.updated} updated, ${result.rejected.length} rejected`);
    for (const { line, reason } of result.rejected) console.log(`  line ${line}: ${reason}`);
  }
  console.log(`loan book now holds ${loanBook.size()} loans (${config.STORE === 'postgres' ? 'PostgreSQL' : config.dataDir})`);
  return rejectedTotal > 0 ? 2 : 0;
});
