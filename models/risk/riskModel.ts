/** A trained risk model: scores a loan (plus intake facts) with reasons, and round-trips through JSON. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoanRecord } from '../loanBook/loanRecord';
import { InvalidModelError, parseArtifact, type RiskArtifact } from './artifact';
import { bandFor, resolveBandThresholds, type BandThresholds } from './bands';
import { topReasons } from './explain';
import { featureVector, findCodeSpec, sameSpec, type FeatureSpec, type ReasonWording } from './features';
import { forestWalker, type ForestWalker } from './forest';
import type { IntakeFacts, RiskScore } from './score';

export { InvalidModelError };

export const DEFAULT_MODEL_FILE = fileURLToPath(new URL('../artifacts/risk-outcome-synthetic-v1.json', import.meta.url));

export class ModelSpecMismatchError extends Error {
  override name = 'ModelSpecMismatchError';
}

export class RiskModel {
  private readonly walker: ForestWalker;

  private constructor(private readonly artifact: RiskArtifact) {
    this.walker = forestWalker(artifact.forest);
  }

  /**
   * Checks `json` fully. The feature spec must equal `expectedSpec`, or, when
   * none is given, the code's spec of the same id: an artifact trained on other
   * inputs would silently score garbage.
   */
  static load(json: unknown, expectedSpec?: FeatureSpec): RiskModel {
    const artifact = parseArtifact(json);
    const expected = expectedSpec ?? findCodeSpec(artifact.featureSpec.id);
    if (!expected) throw new ModelSpecMismatchError(`model ${artifact.version} uses feature spec "${artifact.featureSpec.id}", which this code does not know`);
    if (!sameSpec(artifact.featureSpec, expected))
      throw new ModelSpecMismatchError(
        `model ${artifact.version} was trained on feature spec ${artifact.featureSpec.id} v${artifact.featureSpec.version} ` +
          `[${artifact.featureSpec.features.join(', ')}] but the code expects ${expected.id} v${expected.version} ` +
          `[${expected.features.join(', ')}]: retrain with npm run train`,
      );
    resolveBandThresholds(artifact.thresholds);
    return new RiskModel(artifact);
  }

  get version(): string {
    return this.artifact.version;
  }
  get metrics(): Readonly<Record<string, unknown>> {
    return this.artifact.metrics;
  }
  get featureSpec(): FeatureSpec {
    return this.artifact.featureSpec;
  }
  get thresholds(): BandThresholds {
    return this.artifact.thresholds;
  }
  /** Probability before any feature is looked at (mean of the trees' root values). */
  get baseRate(): number {
    return this.walker.baseValue;
  }

  /** `wording` writes amounts in the reasons (e.g. with the lender's currency); plain numbers otherwise. */
  score(loan: LoanRecord, intake?: IntakeFacts, thresholds?: Partial<BandThresholds>, wording?: ReasonWording): RiskScore {
    const spec = this.artifact.featureSpec;
    const x = featureVector(spec, loan, intake);
    const contributions = new Float64Array(x.length);
    const probability = this.walker.predict(x, contributions);
    return {
      probability,
      band: bandFor(probability, thresholds ? resolveBandThresholds({ ...this.artifact.thresholds, ...thresholds }) : this.artifact.thresholds),
      reasons: topReasons(spec.features, x, contributions, 3, wording),
      modelVersion: this.artifact.version,
    };
  }

  /** Per-feature contributions in spec order; they sum to probability - baseRate. */
  contributions(loan: LoanRecord, intake?: IntakeFacts): { probability: number; contributions: number[] } {
    const x = featureVector(this.artifact.featureSpec, loan, intake);
    const c = new Float64Array(x.length);
    const probability = this.walker.predict(x, c);
    return { probability, contributions: Array.from(c) };
  }

  /** Probability only, for batch evaluation. */
  probability(loan: LoanRecord, intake?: IntakeFacts): number {
    return this.walker.predict(featureVector(this.artifact.featureSpec, loan, intake));
  }

  toJSON(): RiskArtifact {
    return this.artifact;
  }
}

/** Reads and checks an artifact file; the server calls this once at start. */
export function loadRiskModel(file: string = DEFAULT_MODEL_FILE): RiskModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InvalidModelError(`cannot read risk model ${file}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InvalidModelError(`risk model ${file} is not JSON: ${(err as Error).message}`);
  }
  return RiskModel.load(json);
}
