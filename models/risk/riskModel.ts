/** A trained risk model: scores a loan (plus intake facts) with reasons, and round-trips through JSON. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoanRecord } from '../loanBook/loanRecord';
import { InvalidModelError, parseArtifact, type RiskArtifact } from './artifact';
import { bandFor, resolveBandThresholds, type BandThresholds } from './bands';
import { calibrate } from './calibration';
import { explain } from './explain';
import { featureVector, findCodeSpec, monotoneConstraints, ProtectedFeatureError, protectedFeatures, sameSpec, type FeatureSpec } from './features';
import { forestWalker, type ForestWalker } from './forest';
import { checkScoreInput, scoreInputSchema, type ScoreInputSchema } from './scoreInput';
import type { IntakeFacts, RiskScore } from './score';
import type { ReasonWording } from './wording';

export { InvalidModelError, ProtectedFeatureError };

export const DEFAULT_MODEL_FILE = fileURLToPath(new URL('../artifacts/risk-outcome-synthetic-v2.json', import.meta.url));

export class ModelSpecMismatchError extends Error {
  override name = 'ModelSpecMismatchError';
}

export class RiskModel {
  private readonly walker: ForestWalker;
  private readonly input: ScoreInputSchema;
  /** Calibrated probability before any feature is looked at. */
  private readonly base: number;
  /** A forest grown with the policy constraints never goes against them, so there is nothing to look for. */
  private readonly constrained: boolean;

  private constructor(private readonly artifact: RiskArtifact) {
    this.walker = forestWalker(artifact.forest, monotoneConstraints(artifact.featureSpec));
    this.input = scoreInputSchema(artifact.featureSpec);
    this.base = calibrate(artifact.calibration, this.walker.baseValue);
    const policy = monotoneConstraints(artifact.featureSpec);
    this.constrained = policy.every((d, i) => d === 0 || artifact.forestOptions.monotone[i] === d);
  }

  /**
   * Checks `json` fully. The feature spec must equal `expectedSpec`, or, when
   * none is given, the code's spec of the same id: an artifact trained on other
   * inputs would silently score garbage. A spec that reads Gender or Age is refused.
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
    const banned = protectedFeatures(artifact.featureSpec);
    if (banned.length > 0)
      throw new ProtectedFeatureError(
        `model ${artifact.version} uses ${banned.join(', ')}: Gender and Age never drive a serving score (the ${artifact.featureSpec.id} recipe is for comparison only)`,
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
  /** Calibrated probability before any feature is looked at; base rate + contributions = probability. */
  get baseRate(): number {
    return this.base;
  }

  /**
   * Throws RiskInputError, naming the field, when the loan or intake facts are
   * missing, out of range or unknown. `wording` writes amounts in the reasons
   * (e.g. with the lender's currency); plain numbers otherwise.
   */
  score(loan: LoanRecord, intake?: IntakeFacts, thresholds?: Partial<BandThresholds>, wording?: ReasonWording): RiskScore {
    const band = thresholds ? resolveBandThresholds({ ...this.artifact.thresholds, ...thresholds }) : this.artifact.thresholds;
    const { x, probability, contributions, against } = this.attribute(loan, intake);
    const { reasons, borrowerSummary } = explain(this.artifact.featureSpec.features, x, contributions, against, wording, intake?.language);
    return { probability, band: bandFor(probability, band), reasons, borrowerSummary, modelVersion: this.artifact.version };
  }

  /** Per-feature contributions in spec order (calibrated scale); they sum to probability - baseRate. */
  contributions(loan: LoanRecord, intake?: IntakeFacts): { probability: number; contributions: number[] } {
    const { probability, contributions } = this.attribute(loan, intake);
    return { probability, contributions: Array.from(contributions) };
  }

  /** The training data's feature and score distributions, to measure recent intakes against (none in older artifacts). */
  get trainingDistribution(): { features: readonly string[]; distribution?: NonNullable<RiskArtifact['training']['distribution']> } {
    return { features: this.artifact.featureSpec.features, distribution: this.artifact.training.distribution };
  }

  /** The feature vector the forest reads for a borrower, in spec order: what population stability compares. */
  features(loan: LoanRecord, intake?: IntakeFacts): number[] {
    const checked = checkScoreInput(this.input, loan, intake);
    return featureVector(this.artifact.featureSpec, checked.loan, checked.intake);
  }

  /** Calibrated probability only, for batch evaluation. */
  probability(loan: LoanRecord, intake?: IntakeFacts): number {
    const checked = checkScoreInput(this.input, loan, intake);
    return calibrate(this.artifact.calibration, this.walker.predict(featureVector(this.artifact.featureSpec, checked.loan, checked.intake)));
  }

  /**
   * The forest's path attribution is on its raw scale; calibration is monotone,
   * so scaling every contribution by (calibrated change) / (raw change) keeps
   * their signs and proportions and makes them add up on the served scale.
   */
  private attribute(loan: LoanRecord, intake?: IntakeFacts): { x: number[]; probability: number; contributions: Float64Array; against: Float64Array } {
    const checked = checkScoreInput(this.input, loan, intake);
    const x = featureVector(this.artifact.featureSpec, checked.loan, checked.intake);
    const contributions = new Float64Array(x.length);
    const against = new Float64Array(x.length);
    const raw = this.walker.predict(x, contributions, this.constrained ? undefined : against);
    const { calibration } = this.artifact;
    const probability = calibrate(calibration, raw);
    const rawChange = raw - this.walker.baseValue;
    const h = 1e-6;
    const scale =
      Math.abs(rawChange) > 1e-9 ? (probability - this.base) / rawChange : (calibrate(calibration, raw + h) - calibrate(calibration, raw - h)) / (2 * h);
    for (let i = 0; i < contributions.length; i++) {
      contributions[i] *= scale;
      against[i] *= scale;
    }
    return { x, probability, contributions, against };
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
