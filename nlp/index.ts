import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../models/language/analysis';
import { createAnalyzer, type AnalyzeOptions, type Analyzer } from './analyzer';
import { ReasonClassifier } from './reasonClassifier';

export * from '../models/language/analysis';
export { createAnalyzer, InvalidTextError, type Analyzer, type AnalyzeOptions } from './analyzer';
export { ReasonClassifier } from './reasonClassifier';
export { redact } from './redact';
export { parseConfirmation } from './confirmation';
export { parseDateOfBirth } from './dateOfBirth';
export { parseMoney } from './moneyAsMeant';
export { parseSafetyAnswer } from './safetyAnswer';

/** The committed model, rebuilt by `npm run train:nlp`. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('./reasonModel.json', import.meta.url));

export function loadClassifier(file: string = DEFAULT_MODEL_PATH): ReasonClassifier {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the NLP model at ${file} (run \`npm run train:nlp\`): ${(error as Error).message}`, { cause: error });
  }
  return ReasonClassifier.load(json);
}

/** Loads the trained model once; the server calls this at start. */
export function loadAnalyzer(file: string = DEFAULT_MODEL_PATH): Analyzer {
  return createAnalyzer(loadClassifier(file));
}

let shared: Analyzer | undefined;

/** Analyzes with the shipped model, loaded lazily on first use. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  shared ??= loadAnalyzer();
  return shared.analyze(text, options);
}
