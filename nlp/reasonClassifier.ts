import { HARDSHIP_REASONS, type HardshipReason } from '../models/loanBook/loanRecord';
import { features } from './features';
import { seededRandom } from '../models/shared/random';

/**
 * One-vs-rest logistic regression over `features()`: each reason gets its own
 * probability, so a message can carry several reasons at once.
 */
export interface TrainingExample {
  text: string;
  reasons: readonly HardshipReason[];
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features seen fewer times than this are dropped (noise, and model size). */
  minCount: number;
  /** Adds letter n-grams of every word to its features (`features()`); the model remembers it was trained so. */
  letterGrams: boolean;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 40, learningRate: 0.3, l2: 1e-4, minCount: 1, letterGrams: false, seed: 7 };

export interface ReasonClassifierJSON {
  kind: 'forbear-reason-classifier';
  version: 1;
  labels: HardshipReason[];
  vocabulary: string[];
  /** weights[label][feature], rounded to 4 decimals. */
  weights: number[][];
  bias: number[];
  /** Absent in models trained before letter n-grams: false. */
  letterGrams?: boolean;
}

export class ModelFormatError extends Error {
  override name = 'ModelFormatError';
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export class ReasonClassifier {
  private readonly index: Map<string, number>;

  private constructor(
    readonly labels: readonly HardshipReason[],
    private readonly vocabulary: readonly string[],
    private readonly weights: readonly Float64Array[],
    private readonly bias: readonly number[],
    private readonly letterGrams: boolean,
  ) {
    this.index = new Map(vocabulary.map((feature, i) => [feature, i]));
  }

  static train(examples: readonly TrainingExample[], options: Partial<TrainOptions> = {}): ReasonClassifier {
    const settings = { ...DEFAULT_TRAIN_OPTIONS, ...options };
    if (examples.length === 0) throw new RangeError('ReasonClassifier.train needs at least one example');
    if (settings.epochs < 1 || settings.learningRate <= 0) throw new RangeError('epochs must be >= 1 and learningRate > 0');
    const featureLists = examples.map((example) => features(example.text, settings.letterGrams));
    const counts = new Map<string, number>();
    for (const list of featureLists) for (const feature of list) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    const vocabulary = [...counts]
      .filter(([, count]) => count >= settings.minCount)
      .map(([feature]) => feature)
      .sort();
    const index = new Map(vocabulary.map((feature, i) => [feature, i]));
    const rows = featureLists.map((list) => list.map((feature) => index.get(feature)).filter((i): i is number => i !== undefined));
    const labels = [...HARDSHIP_REASONS];
    const weights = labels.map(() => new Float64Array(vocabulary.length));
    const bias = labels.map(() => 0);
    const random = seededRandom(settings.seed);
    const order = examples.map((_, i) => i);
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const rate = settings.learningRate / (1 + epoch * 0.05);
      for (const n of order) {
        const row = rows[n];
        const scale = 1 / Math.sqrt(Math.max(1, row.length));
        labels.forEach((label, l) => {
          const w = weights[l];
          let z = bias[l];
          for (const f of row) z += w[f] * scale;
          const error = (examples[n].reasons.includes(label) ? 1 : 0) - sigmoid(z);
          bias[l] += rate * error;
          for (const f of row) w[f] += rate * (error * scale - settings.l2 * w[f]);
        });
      }
    }
    return new ReasonClassifier(labels, vocabulary, weights, bias, settings.letterGrams);
  }

  /** Probability per reason, in `labels` order. */
  probabilities(text: string): Map<HardshipReason, number> {
    const row = features(text, this.letterGrams)
      .map((feature) => this.index.get(feature))
      .filter((i): i is number => i !== undefined);
    const scale = 1 / Math.sqrt(Math.max(1, row.length));
    return new Map(
      this.labels.map((label, l) => {
        let z = this.bias[l];
        for (const f of row) z += this.weights[l][f] * scale;
        return [label, sigmoid(z)];
      }),
    );
  }

  toJSON(): ReasonClassifierJSON {
    const round = (x: number): number => Math.round(x * 1e4) / 1e4;
    return {
      kind: 'forbear-reason-classifier',
      version: 1,
      labels: [...this.labels],
      vocabulary: [...this.vocabulary],
      weights: this.weights.map((row) => Array.from(row, round)),
      bias: this.bias.map(round),
      letterGrams: this.letterGrams,
    };
  }

  static load(json: unknown): ReasonClassifier {
    const model = json as Partial<ReasonClassifierJSON> | null;
    if (!model || model.kind !== 'forbear-reason-classifier' || model.version !== 1) {
      throw new ModelFormatError('not a forbear reason classifier (expected kind "forbear-reason-classifier", version 1); rebuild it with `npm run train:nlp`');
    }
    const { labels, vocabulary, weights, bias, letterGrams = false } = model;
    if (!Array.isArray(labels) || !labels.every((label) => (HARDSHIP_REASONS as readonly string[]).includes(label))) {
      throw new ModelFormatError('labels must all be hardship reasons from models/loanRecord.ts');
    }
    if (!Array.isArray(vocabulary) || !Array.isArray(weights) || !Array.isArray(bias))
      throw new ModelFormatError('vocabulary, weights and bias must be arrays');
    if (weights.length !== labels.length || bias.length !== labels.length) throw new ModelFormatError('need one weight row and one bias per label');
    if (!weights.every((row) => Array.isArray(row) && row.length === vocabulary.length && row.every(Number.isFinite))) {
      throw new ModelFormatError('every weight row must hold one finite number per vocabulary entry');
    }
    if (typeof letterGrams !== 'boolean') throw new ModelFormatError('letterGrams must be true or false');
    return new ReasonClassifier(
      labels,
      vocabulary,
      weights.map((row) => Float64Array.from(row)),
      bias,
      letterGrams,
    );
  }
}
