/** Rebuilds nlp/reasonModel.json from nlp/training/corpus/train.jsonl (never the test split). */
import { writeFileSync } from 'node:fs';
import { loadCorpus } from '../nlp/training/corpus';
import { DEFAULT_MODEL_PATH } from '../nlp';
import { ReasonClassifier } from '../nlp/reasonClassifier';
import { SHIPPED_TRAIN_OPTIONS } from '../nlp/training/shippedTrainOptions';

const examples = loadCorpus('train');
const started = performance.now();
const classifier = ReasonClassifier.train(examples, SHIPPED_TRAIN_OPTIONS);
const json = JSON.stringify(classifier.toJSON());
writeFileSync(DEFAULT_MODEL_PATH, json);
console.log(
  `trained on ${examples.length} messages in ${(performance.now() - started).toFixed(0)} ms; wrote ${DEFAULT_MODEL_PATH} (${(json.length / 1024).toFixed(0)} KiB)`,
);
