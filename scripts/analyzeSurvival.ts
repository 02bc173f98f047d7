// npm run analyze:survival -- --synthetic [--n N] [--seed N]
// Time to cure on seeded synthetic arrangements (planted plan and band effects, open ones censored at 12 months):
// Kaplan–Meier by plan type and by band (share not yet cured at 3, 6 and 12 months, median), then a Cox model fitted
// on 70 % of the arrangements and its concordance (C-index) on the held-out 30 %.
import { parseArgs } from 'node:util';
import { concordanceIndex } from '../models/survival/concordance';
import { coxRisk, fitCox } from '../models/survival/coxModel';
import { kaplanMeierBy, medianTime, type SurvivalStep } from '../models/survival/kaplanMeier';
import { arrangementCovariates, COVARIATE_NAMES, generateArrangements, type SyntheticArrangement } from '../models/survival/syntheticArrangements';

function at(curve: readonly SurvivalStep[], month: number): string {
  const step = [...curve].reverse().find((s) => s.time <= month);
  return ((step?.survival ?? 1) * 100).toFixed(1).padStart(5);
}

function printCurves(title: string, rows: readonly SyntheticArrangement[], group: (a: SyntheticArrangement) => string): void {
  console.log(`\nKaplan–Meier by ${title}: % not yet cured at 3 / 6 / 12 months, median months to cure`);
  for (const [key, curve] of kaplanMeierBy(rows, group, (a) => a.outcome)) {
    const n = rows.filter((r) => group(r) === key).length;
    console.log(`  ${key.padEnd(16)} n=${String(n).padStart(4)}  ${at(curve, 3)} ${at(curve, 6)} ${at(curve, 12)}  median ${medianTime(curve) ?? '> 12'}`);
  }
}

const { values } = parseArgs({ options: { synthetic: { type: 'boolean' }, n: { type: 'string' }, seed: { type: 'string' } } });
if (!values.synthetic) {
  console.error('usage: npm run analyze:survival -- --synthetic [--n N] [--seed N] (arrangement outcomes from the store are not wired yet)');
  process.exit(2);
}
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
