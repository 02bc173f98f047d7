/**
 * npm run train -- [--data FILE | --synthetic N] [--target outcome|segment] [--out DIR]
 *   [--version NAME] [--seed N] [--trees N] [--with-collection-attempts]
 *   [--adverse "Partially Recovered,Written Off"] [--workers N]
 * Trains, writes <out>/<version>.json and <version>.md, and prints a final JSON line of metrics.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type RECOVERY_STATUSES, type LoanRecord } from '../models/loanBook/loanRecord';
import { sha256 } from '../models/risk/artifact';
import { parseLoanBookCsv, toLoanBookCsv } from '../models/loanBook/loanBookCsv';
import { renderModelCard } from '../models/training/modelCard';
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
    'with-collection-attempts': { type: 'boolean', default: false },
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
  forest: { nEstimators: integer('trees', values.trees), seed },
  workers: integer('workers', values.workers),
  version: values.version,
};

const started = performance.now();
const { rows, source, dataSha256 } = loadRows();
const { artifact, metrics } =
  target === 'segment'
    ? await runSegmentRecipe(rows, { ...settings, source, dataSha256 })
    : await trainOutcomeModel(rows, {
        ...settings,
        source,
        dataSha256,
        adverseStatuses: adverse,
        withCollectionAttempts: values['with-collection-attempts'],
      });
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
  console.log(
    `outcome on ${source}: ${metrics.folds}-fold CV ROC-AUC ${metrics.rocAuc.toFixed(4)}, KS ${metrics.ks.toFixed(4)}, Brier ${metrics.brier.toFixed(4)} (${metrics.featureSpec})`,
  );
  if (metrics.comparison)
    console.log(
      `  comparison ${metrics.comparison.featureSpec}: ROC-AUC ${metrics.comparison.rocAuc.toFixed(4)}, KS ${metrics.comparison.ks.toFixed(4)}, Brier ${metrics.comparison.brier.toFixed(4)}`,
    );
  console.log(
    `  gender adverse-band rate ratio: high ${metrics.genderHighBand.ratio.toFixed(3)}, medium-or-high ${metrics.genderMediumOrHighBand.ratio.toFixed(3)}`,
  );
}
console.log(`wrote ${artifactFile} (${(artifactBytes / 1024).toFixed(0)} KiB) and its model card in ${seconds.toFixed(1)} s`);
const { calibration: _calibration, clusters: _clusters, ...summary } = metrics as Record<string, unknown>;
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
