import type { HardshipReason } from '../models/loanBook/loanRecord';
import { affirms } from './negation';
import { HARDSHIP_CUES, NOT_A_PERSON_DIED, REASON_CUES } from './reasonCues';
import type { ReasonClassifier } from './reasonClassifier';
import { storyClauses } from './storyClauses';

/**
 * Rules are precise, the classifier generalises: a rule hit is trusted outright, a
 * classifier-only reason needs a clearly higher probability to count.
 */
export interface ReasonOptions {
  ruleConfidence: number;
  /** Classifier-only reasons below this are dropped. */
  classifierThreshold: number;
  /**
   * When nothing passes `classifierThreshold`, the classifier's top reason still counts if
   * it reaches this and is at least twice the runner-up: short Hindi and Malay stories
   * share few words with the training set, so the model ranks them right but unsure.
   */
  fallbackThreshold: number;
  /**
   * A story of several clauses also counts each clause's reasons that reach this (`storyClauses`); `Infinity` turns it
   * off. Cross-validation on the training split scores 0.35–0.55 alike and loses long stories' recall at 0.65; the top
   * of that range is taken because a short neutral clause ("my wife is a nurse") can lean on one family word.
   */
  clauseThreshold: number;
}

export const DEFAULT_REASON_OPTIONS: ReasonOptions = { ruleConfidence: 0.9, classifierThreshold: 0.6, fallbackThreshold: 0.2, clauseThreshold: 0.55 };

export type ReasonScore = { reason: HardshipReason; confidence: number };

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function detectReasons(
  normalized: string,
  classifier: ReasonClassifier,
  distressed: boolean,
  /** False for disputes and opt-outs: their "debt" is not a hardship story. */
  otherAllowed: boolean,
  options: ReasonOptions = DEFAULT_REASON_OPTIONS,
): ReasonScore[] {
  const probabilities = classifier.probabilities(normalized);
  const found: ReasonScore[] = [];
  const thingDied = NOT_A_PERSON_DIED.test(normalized);
  for (const [reason, cues] of Object.entries(REASON_CUES) as [HardshipReason, RegExp[]][]) {
    const p = probabilities.get(reason) ?? 0;
    if (affirms(normalized, cues)) found.push({ reason, confidence: round(Math.max(options.ruleConfidence, p)) });
    else if (p >= options.classifierThreshold && !(reason === 'death' && thingDied)) found.push({ reason, confidence: round(p) });
  }
  if (Number.isFinite(options.clauseThreshold)) addClauseReasons(normalized, classifier, options.clauseThreshold, thingDied, found);
  if (found.length === 0 && otherAllowed) {
    const [top, second] = [...probabilities].sort((a, b) => b[1] - a[1]);
    if (top && top[1] >= options.fallbackThreshold && top[1] >= 2 * (second?.[1] ?? 0) && !(top[0] === 'death' && thingDied)) {
      found.push({ reason: top[0], confidence: round(top[1]) });
    }
  }
  if (
    found.length === 0 &&
    otherAllowed &&
    (distressed || affirms(normalized, HARDSHIP_CUES) || (probabilities.get('other') ?? 0) >= options.classifierThreshold)
  ) {
    found.push({ reason: 'other', confidence: round(Math.max(0.5, probabilities.get('other') ?? 0)) });
  }
  return found.sort((a, b) => b.confidence - a.confidence);
}

function addClauseReasons(normalized: string, classifier: ReasonClassifier, threshold: number, thingDied: boolean, found: ReasonScore[]): void {
  const clauses = storyClauses(normalized);
  if (clauses.length < 2) return;
  for (const clause of clauses) {
    for (const [reason, p] of classifier.probabilities(clause)) {
      if (p < threshold || found.some((f) => f.reason === reason) || (reason === 'death' && thingDied)) continue;
      found.push({ reason, confidence: round(p) });
    }
  }
}
