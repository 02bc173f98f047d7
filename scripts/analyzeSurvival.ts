// npm run analyze:survival                         (the deployment's store: DATA_DIR, or DATABASE_URL with STORE=postgres)
// npm run analyze:survival -- --synthetic [--n N] [--seed N]
// Time to cure. On the store: each arrangement's months from agreement to the payment that kept or cured its promise
// (evaluatePromise), open ones censored at their age, Kaplan–Meier by plan type, band and channel. On seeded synthetic
// arrangements (planted plan and band effects, open ones censored at 12 months): Kaplan–Meier by plan type and by band,
// then a Cox model fitted on 70 % of the arrangements and its concordance (C-index) on the held-out 30 %.
import { parseArgs } from 'node:util';
import { ArrangementStore } from '../bot/casework/arrangements/arrangementStore';
import { PaymentStore } from '../bot/casework/payments/paymentStore';
import type { IntakeState } from '../models/intake/intakeState';
import type { Arrangement } from '../models/offers';
import { promiseFacts } from '../models/payments/arrangementPromise';
import type { Payment } from '../models/payments/payment';
import { timeToCure } from '../models/payments/promiseKpis';
import { isoDate } from '../models/shared/calendar';
import type { SurvivalObservation } from '../models/survival/kaplanMeier';
import { runCliCommand } from './cliCommand';
import { concordanceIndex } from '../models/survival/concordance';
import { coxRisk, fitCox } from '../models/survival/coxModel';
import { kaplanMeierBy, medianTime, type SurvivalStep } from '../models/survival/kaplanMeier';
import { arrangementCovariates, COVARIATE_NAMES, generateArrangements } from '../models/survival/syntheticArrangements';

function at(curve: readonly SurvivalStep[], month: number): string {
  const step = [...curve].reverse().find((s) => s.time <= month);
  return ((step?.survival ?? 1) * 100).toFixed(1).padStart(5);
}

function printCurves<T extends { outcome: SurvivalObservation }>(title: string, rows: readonly T[], group: (a: T) => string): void {
  console.log(`\nKaplan–Meier by ${title}: % not yet cured at 3 / 6 / 12 months, median months to cure`);
  for (const [key, curve] of kaplanMeierBy(rows, group, (a) => a.outcome)) {
    const n = rows.filter((r) => group(r) === key).length;
    console.log(`  ${key.padEnd(16)} n=${String(n).padStart(4)}  ${at(curve, 3)} ${at(curve, 6)} ${at(curve, 12)}  median ${medianTime(curve) ?? '> 12'}`);
  }
}

const { values } = parseArgs({ options: { synthetic: { type: 'boolean' }, n: { type: 'string' }, seed: { type: 'string' } } });
if (!values.synthetic) {
  runCliCommand(async ({ config, foundation }) => {
    const arrangements = await ArrangementStore.open(foundation.backend.documents<Arrangement>('arrangements'));
    const payments = await PaymentStore.open(foundation.backend.documents<Payment>('payments'));
    const settings = { graceDays: config.PROMISE_GRACE_DAYS, curePayments: config.PROMISE_CURE_PAYMENTS };
    const today = isoDate(new Date());
    // The band and first hardship reason the agreeing conversation recorded, by arrangement reference.
    const context = new Map<string, { band?: string; reason?: string }>();
    for await (const { value } of foundation.backend.documents<IntakeState>('progress').all())
      if (value.arrangementReference) context.set(value.arrangementReference, { band: value.risk?.band, reason: value.story?.reasons[0] });
    const rows = [];
    for await (const a of arrangements.all()) {
      const facts = promiseFacts(a, await payments.forLoan(a.loanId), context.get(a.reference));
      if (facts.schedule.length > 0) rows.push({ ...facts, outcome: timeToCure(facts, today, settings) });
    }
    if (rows.length === 0) {
      console.log(`no arrangements in the store (${config.STORE === 'postgres' ? 'DATABASE_URL' : config.dataDir}); try --synthetic`);
      return 0;
    }
    console.log(`${rows.length} arrangements from the store, ${rows.filter((r) => !r.outcome.event).length} still open (censored at their age today)`);
    printCurves('plan type', rows, (r) => r.planType);
    printCurves('band', rows, (r) => r.band);
    printCurves('channel', rows, (r) => r.channel);
    return 0;
  });
} else {
  const n = Number(values.n ?? 2000);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(n) || n < 20 || !Number.isInteger(seed)) {
    console.error('--n must be a whole number >= 20 and --seed a whole number');
    process.exit(2);
  }
  const rows = generateArrangements({ n, seed });
  console.log(`${n} synthetic arrangements, seed ${seed}, ${rows.filter((r) => !r.outcome.event).length} still open (censored at 12 months)`);
  printCurves('plan type', rows, (a) => a.plan);
  printCurves('band', rows, (a) => `band ${a.band}`);
  const cut = Math.floor(n * 0.7);
  const [train, heldOut] = [rows.slice(0, cut), rows.slice(cut)];
  const fit = fitCox(
    train.map(arrangementCovariates),
    train.map((r) => r.outcome),
  );
  console.log(`\nCox model (Breslow ties, ${fit.iterations} Newton–Raphson steps), hazard ratios:`);
  fit.coefficients.forEach((b, j) => console.log(`  ${COVARIATE_NAMES[j].padEnd(22)} ${Math.exp(b).toFixed(3)}`));
  // Higher hazard of cure = earlier cure, so the hazard is the "risk" whose ordering the C-index checks.
  const c = concordanceIndex(
    heldOut.map((r) => r.outcome),
    heldOut.map((r) => coxRisk(fit, arrangementCovariates(r))),
  );
  console.log(`  C-index on ${heldOut.length} held-out arrangements: ${c.toFixed(3)}`);
}
