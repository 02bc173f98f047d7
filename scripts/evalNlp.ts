/**
 * Scores the shipped analyzer on the held-out test split and, in the same run,
 * NLP.js trained on the same training split.
 */
import { loadCorpus } from '../nlp/training/corpus';
import { loadAnalyzer } from '../nlp';
import { score, type Prediction, type Scores } from '../nlp/training/metrics';
import { trainNlpjsBaseline } from '../nlp/training/nlpjsBaseline';

const train = loadCorpus('train');
const test = loadCorpus('test');
const today = new Date('2025-01-15T12:00:00Z');
const pct = (x: number | null): string => (x === null ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

function print(title: string, scores: Scores, perSecond: number): void {
  console.log(`\n${title}`);
  console.log('  reason               precision  recall     f1  support');
  for (const [reason, s] of Object.entries(scores.perReason)) {
    console.log(`  ${reason.padEnd(20)} ${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}  ${String(s.support).padStart(7)}`);
  }
  console.log(
    `  macro-F1 ${pct(scores.macroF1)} | intent accuracy ${pct(scores.intentAccuracy)} | amount exact match ${pct(scores.amountExactMatch)} | crisis recall ${pct(scores.crisisRecall)} | ${perSecond.toFixed(0)} analyses/s`,
  );
}

const analyzer = loadAnalyzer();
for (const example of train) analyzer.analyze(example.text, { today }); // warm-up, so the rate is not JIT time
let started = performance.now();
const ours: Prediction[] = test.map((example) => {
  const result = analyzer.analyze(example.text, { today });
  return { ...result, reasons: result.reasons.map((r) => r.reason) };
});
const oursPerSecond = test.length / ((performance.now() - started) / 1000);
const oursScores = score(test, ours);

const baseline = await trainNlpjsBaseline(train);
started = performance.now();
const theirs: Prediction[] = [];
for (const example of test) theirs.push(await baseline.predict(example.text));
const theirsPerSecond = test.length / ((performance.now() - started) / 1000);
const theirsScores = score(test, theirs);

console.log(`test split: ${test.length} messages (trained on ${train.length})`);
print('Forbear analyzer (rules + natural logistic regression)', oursScores, oursPerSecond);
print('NLP.js (node-nlp NlpManager, same training split)', theirsScores, theirsPerSecond);
const bars = [
  ['reasons macro-F1 >= 0.90', oursScores.macroF1 >= 0.9],
  ['crisis recall = 1.0', oursScores.crisisRecall === 1],
  ['intent accuracy >= 0.95', (oursScores.intentAccuracy ?? 0) >= 0.95],
  ['amount exact match >= 0.95', (oursScores.amountExactMatch ?? 0) >= 0.95],
  ['macro-F1 above NLP.js', oursScores.macroF1 > theirsScores.macroF1],
] as const;
console.log('\nDone-when bars:');
for (const [name, ok] of bars) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
process.exitCode = bars.every(([, ok]) => ok) ? 0 : 1;
