// npm run export:training -- [--out FILE]
// Writes the deployment's loan book joined with what conversations learned (hardship reason, temporariness,
// stated income) and how arrangements turned out (kept, cured, broken), in the CSV schema `npm run train --
// --data FILE` reads, so the outcome model is retrained on what the bot itself arranged. No identity columns.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ArrangementStore } from '../bot/casework/arrangements/arrangementStore';
import { PaymentStore } from '../bot/casework/payments/paymentStore';
import type { IntakeState } from '../models/intake/intakeState';
import { toLoanBookCsv } from '../models/loanBook/loanBookCsv';
import type { Arrangement } from '../models/offers';
import { promiseHistory, type PromiseRecord } from '../models/payments/arrangementPromise';
import type { Payment } from '../models/payments/payment';
import { isoDate } from '../models/shared/calendar';
import { trainingRows } from '../models/training/trainingExport';
import { runCliCommand } from './cliCommand';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'training-export.csv' } } });

runCliCommand(async ({ config, foundation }) => {
  const loans = (await foundation.loanBook()).all();
  const progress = foundation.backend.documents<IntakeState>('progress');
  const arrangements = await ArrangementStore.open(foundation.backend.documents<Arrangement>('arrangements'));
  const payments = await PaymentStore.open(foundation.backend.documents<Payment>('payments'));
  const settings = { graceDays: config.PROMISE_GRACE_DAYS, curePayments: config.PROMISE_CURE_PAYMENTS };
  const today = isoDate(new Date());
  const intakes = new Map<string, IntakeState>();
  for await (const { key, value } of progress.all()) intakes.set(key, value);
  const promises = new Map<string, PromiseRecord[]>();
  for (const loan of loans) {
    const agreed = await arrangements.forLoan(loan.Loan_ID);
    if (agreed.length) promises.set(loan.Loan_ID, promiseHistory(agreed, await payments.forLoan(loan.Loan_ID), today, settings));
  }
  const { rows, summary } = trainingRows(loans, intakes, promises);
  writeFileSync(values.out!, toLoanBookCsv(rows), { mode: 0o600 });
  console.log(
    `${values.out}: ${summary.loans} loans, ${summary.withConversation} with conversation facts, ` +
      `${summary.labelledByArrangement} labelled by an arrangement's outcome, ${summary.stillOpen} arrangements still open (book status kept)`,
  );
  return 0;
});
