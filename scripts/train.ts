/**
 * npm run train -- [--data FILE | --synthetic N] [--target outcome|segment] [--out DIR]
 *   [--version NAME] [--seed N] [--trees N] [--min-leaf N] [--max-features sqrt|SHARE] [--with-collection-attempts] [--unconstrained]
 *   [--adverse "Partially Recovered,Written Off"] [--workers N]
 * Trains, writes <out>/<version>.json and <version>.md, and prints a final JSON line of metrics.
 * Warns on stderr when an outcome model's cross-validated ROC-AUC is below 0.6.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type RECOVERY_STATUSES, type LoanRecord } from '../models/loanBook/loanRecord';
import { sha256 } from '../models/risk/artifact';
import { parseLoanBookCsv, toLoanBookCsv } from '../models/loanBook/loanBookCsv';
import { renderModelCard } from '../models/training/modelCard';
import { LOW_SIGNAL_AUC } from '../models/training/modelCardOutcome';
import { trainOutcomeModel } from '../models/training/outcomeTraining';
import { runSegmentRecipe } from '../models/training/segmentRecipe';
import { generateLoanBook } from '../models/loanBook/syntheticLoanBook';

type RecoveryStatus = (typeof RECOVERY_STATUSES)[number];

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    synthetic: { type: 'string', default: '1000' },
    target: { type: 'string', default: 'outcome' },
    out: { type: 'string', default: 'models/artifacts' },
    version: { type: 'string' },
    seed: { type: 'string', default: '42' },
    trees: { type: 'string', default: '200' },
    'min-leaf': { type: 'string' },
    'max-features': { type: 'string' },
    'with-collection-attempts': { type: 'boolean', default: false },
    unconstrained: { type: 'boolean', default: false },
    adverse: { type: 'string', default: 'Partially Recovered,Written Off' },
    workers: { type: 'string', default: String(availableParallelism()) },
  },
});

function fail(message: string): never {
  console.error(`train: ${message}`);
  process.exit(1);
}

function integer(name: string, raw: string | undefined): number {
  const v = Number(raw);
  if (!Number.isInteger(v) || v < 1) fail(`--${name} must be a positive integer, got ${raw}`);
  return v;
}

function loadRows(): { rows: LoanRecord[]; source: string; dataSha256: string } {
  if (values.data) {
    const text = readFileSync(values.data, 'utf8');
    const { rows, errors } = parseLoanBookCsv(text);
    for (const e of errors.slice(0, 20)) console.error(`${values.data}:${e.line}: ${e.reason}`);
    if (errors.length) fail(`${errors.length} problem(s) in ${values.data}; fix them and retry`);
    return { rows, source: values.data, dataSha256: sha256(text) };
  }
  const n = integer('synthetic', values.synthetic);
  const rows = generateLoanBook({ n, seed: seed });
  return { rows, source: `synthetic loan book (n=${n}, seed=${seed})`, dataSha256: sha256(toLoanBookCsv(rows)) };
}

const seed = integer('seed', values.seed);
const target = values.target;
if (target !== 'outcome' && target !== 'segment') fail(`--target must be outcome or segment, got ${target}`);
const adverse = (values.adverse ?? '').split(',').map((s) => s.trim()) as RecoveryStatus[];
const settings = {
  forest: {
    nEstimators: integer('trees', values.trees),
    seed,
    ...(values['min-leaf'] !== undefined ? { minSamplesLeaf: integer('min-leaf', values['min-leaf']) } : {}),
    ...(values['max-features'] !== undefined ? { maxFeatures: values['max-features'] === 'sqrt' ? ('sqrt' as const) : Number(values['max-features']) } : {}),
  },
  workers: integer('workers', values.workers),
  version: values.version,
};

const started = performance.now();
const { rows, source, dataSha256 } = loadRows();
const { artifact, metrics } = await (
  target === 'segment'
    ? runSegmentRecipe(rows, { ...settings, source, dataSha256 })
    : trainOutcomeModel(rows, {
        ...settings,
        source,
        dataSha256,
        adverseStatuses: adverse,
        withCollectionAttempts: values['with-collection-attempts'],
        monotone: !values.unconstrained,
      })
).catch((err: unknown) => fail(err instanceof RangeError ? err.message : String(err)));
const seconds = (performance.now() - started) / 1000;

const outDir = resolve(values.out ?? 'models/artifacts');
mkdirSync(outDir, { recursive: true });
const artifactFile = join(outDir, `${artifact.version}.json`);
writeFileSync(artifactFile, JSON.stringify(artifact));
const artifactBytes = statSync(artifactFile).size;
writeFileSync(join(outDir, `${artifact.version}.md`), renderModelCard(artifact, metrics, { trainingSeconds: seconds, artifactBytes }));

if (metrics.target === 'segment') {
  const c = metrics.confusionMatrix;
  console.log(
    `segment recipe on ${source}: accuracy ${metrics.accuracy.toFixed(4)}, precision ${metrics.precision.toFixed(4)}, ROC-AUC ${metrics.rocAuc.toFixed(4)}`,
  );
  console.log(`confusion matrix (rows actual high / not high): [[${c.truePositive}, ${c.falseNegative}], [${c.falsePositive}, ${c.trueNegative}]]`);
} else {
  const line = (label: string, m: { rocAuc: number; ks: number; brier: number }): void =>
    console.log(`  ${label}: ROC-AUC ${m.rocAuc.toFixed(4)}, KS ${m.ks.toFixed(4)}, Brier ${m.brier.toFixed(4)}`);
  console.log(`outcome on ${source}, ${metrics.folds}-fold CV (${metrics.featureSpec}, ${metrics.monotone ? 'monotone-constrained' : 'unconstrained'}):`);
  line('calibrated (served)', metrics);
  line('raw forest scores', metrics.uncalibrated);
  for (const c of metrics.comparisons) line(`comparison ${c.featureSpec}, ${c.monotone ? 'monotone' : 'unconstrained'}`, c);
  const b = metrics.bandRates;
  console.log(`  out-of-fold bands: low ${(b.low * 100).toFixed(1)}%, medium ${(b.medium * 100).toFixed(1)}%, high ${(b.high * 100).toFixed(1)}%`);
  for (const c of metrics.monotonicity) if (c.lowered > 0) console.log(`  ${c.change} lowers the estimate for ${c.lowered} of ${c.loans} loans`);
  console.log(
    `  gender adverse-band rate ratio: high ${metrics.genderHighBand.ratio.toFixed(3)}, medium-or-high ${metrics.genderMediumOrHighBand.ratio.toFixed(3)}`,
  );
  if (metrics.rocAuc < LOW_SIGNAL_AUC)
    console.error(
      `train: warning: cross-validated ROC-AUC ${metrics.rocAuc.toFixed(3)} < ${LOW_SIGNAL_AUC}: this book's intake features carry little signal; scores will sit near the base rate`,
    );
}
console.log(`wrote ${artifactFile} (${(artifactBytes / 1024).toFixed(0)} KiB) and its model card in ${seconds.toFixed(1)} s`);
const { calibration: _calibration, clusters: _clusters, monotonicity: _monotonicity, ...summary } = metrics as Record<string, unknown>;
console.log(
  JSON.stringify({
    target,
    version: artifact.version,
    artifact: artifactFile,
    rows: rows.length,
    seconds: Number(seconds.toFixed(2)),
    artifactBytes,
    metrics: summary,
  }),
);
