import type { HardshipReason } from '../../models/loanBook/loanRecord';
import { seededRandom } from '../../models/shared/random';
import type { CorpusExample } from './corpus';
import type { Prediction } from './metrics';

/** Something that learns reasons from training examples and predicts them for a text. */
export type ReasonLearner = (train: readonly CorpusExample[]) => (text: string) => readonly HardshipReason[];

/**
 * k-fold cross-validation on the training split only (the test split stays unseen while
 * a classifier is chosen): every example is predicted by a model that never saw it, folds
 * fixed by a seed. Returns the predictions in example order, to be scored as a whole or
 * per style.
 */
export function crossValidate(examples: readonly CorpusExample[], learner: ReasonLearner, k = 5, seed = 11): Prediction[] {
  if (k < 2 || examples.length < k) throw new RangeError(`need k >= 2 and at least k examples (k=${k}, ${examples.length} examples)`);
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const predictions: Prediction[] = examples.map(() => ({ reasons: [] }));
  for (let fold = 0; fold < k; fold++) {
    const held = order.filter((_, position) => position % k === fold);
    const predict = learner(order.filter((_, position) => position % k !== fold).map((i) => examples[i]));
    for (const i of held) predictions[i] = { reasons: predict(examples[i].text) };
  }
  return predictions;
}
